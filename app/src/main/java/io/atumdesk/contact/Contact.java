package io.atumdesk.contact;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** One person of a tenant across channels, maybe with a customer account. */
@Entity
@Table(name = "contact")
public class Contact {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String displayName;
  private String username;
  private Long mergedInto;
  private Instant createdAt;

  protected Contact() {}

  Contact(String displayName, String username, Instant createdAt) {
    this.displayName = displayName.length() <= 200 ? displayName : displayName.substring(0, 200);
    this.username = username;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** The linked account's username, or null. */
  public String username() {
    return username;
  }

  Long mergedInto() {
    return mergedInto;
  }

  void mergeInto(Contact survivor) {
    this.mergedInto = survivor.id;
    if (survivor.username == null) {
      survivor.username = username;
    }
  }

  void link(String username) {
    this.username = username;
  }
}
