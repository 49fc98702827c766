package io.atumdesk.people;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An organisation served by this installation; every business row carries its id. */
@Entity
@Table(name = "tenant")
public class Tenant {

  @Id private String id;
  private String name;
  private Instant createdAt;

  protected Tenant() {}

  public Tenant(String id, String name, Instant createdAt) {
    this.id = id;
    this.name = name;
    this.createdAt = createdAt;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }
}
