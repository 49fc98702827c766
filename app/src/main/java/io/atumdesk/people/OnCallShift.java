package io.atumdesk.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** One person on call for a group from {@code startsAt} (inclusive) to {@code endsAt}. */
@Entity
@Table(name = "on_call_shift")
public class OnCallShift {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String groupKey;
  private String username;
  private Instant startsAt;
  private Instant endsAt;
  private Instant createdAt;

  protected OnCallShift() {}

  OnCallShift(String groupKey, String username, Instant startsAt, Instant endsAt, Instant now) {
    this.groupKey = groupKey;
    this.username = username;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public String groupKey() {
    return groupKey;
  }

  public String username() {
    return username;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }
}
