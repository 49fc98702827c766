package io.atumdesk.inbox.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** An agent's saved view: a name and the view, filters and sort as JSON. */
@Entity
@Table(name = "saved_view")
public class StoredView {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String owner;
  private String name;
  private String query;
  private Instant createdAt;
  private Instant updatedAt;

  protected StoredView() {}

  public StoredView(String owner, String name, String query, Instant now) {
    this.owner = owner;
    this.name = name;
    this.query = query;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void replace(String query, Instant now) {
    this.query = query;
    this.updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String query() {
    return query;
  }
}
