package io.atumdesk.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A team that work is routed to, such as {@code service-desk} or {@code network-ops}. */
@Entity
@Table(name = "user_group")
public class UserGroup {

  @EmbeddedId private Key id;
  private String name;

  @Column(name = "lead_username")
  private String lead;

  protected UserGroup() {}

  public UserGroup(String tenantId, String groupKey, String name) {
    this.id = new Key(tenantId, groupKey);
    this.name = name;
  }

  public String groupKey() {
    return id.groupKey;
  }

  public String name() {
    return name;
  }

  /** The username of who leads the group, or null while nobody does. */
  public String lead() {
    return lead;
  }

  void lead(String username) {
    this.lead = username;
  }

  @Embeddable
  record Key(
      @Column(name = "tenant_id") String tenantId, @Column(name = "group_key") String groupKey)
      implements Serializable {}
}
