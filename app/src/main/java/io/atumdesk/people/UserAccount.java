package io.atumdesk.people;

import io.atumdesk.core.Actor;
import io.atumdesk.core.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A person who signs in. Not filtered by {@code @TenantId}: sign-in finds the account before the
 * tenant is known, so usernames are unique across tenants.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String tenantId;
  private String username;
  private String displayName;
  private String email;
  private String passwordHash;
  private String locale;
  private boolean enabled;
  private Instant createdAt;

  /** The username of whoever approves this person's requests as their manager; may be null. */
  private String manager;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_group", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "group_key")
  private Set<String> groups = new HashSet<>();

  protected UserAccount() {}

  public UserAccount(
      String tenantId,
      String username,
      String displayName,
      String passwordHash,
      Set<Role> roles,
      Set<String> groups,
      Instant createdAt) {
    this.tenantId = tenantId;
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = new HashSet<>(roles);
    this.groups = new HashSet<>(groups);
    this.enabled = true;
    this.createdAt = createdAt;
  }

  public Actor actor() {
    return new Actor(username, tenantId, roles, groups);
  }

  public Long id() {
    return id;
  }

  public String tenantId() {
    return tenantId;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public String locale() {
    return locale;
  }

  public String manager() {
    return manager;
  }

  /** Names the manager who approves this person's requests (null for none). */
  public void reportTo(String manager) {
    this.manager = manager;
  }

  String passwordHash() {
    return passwordHash;
  }

  boolean enabled() {
    return enabled;
  }
}
