package io.atumdesk.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A personal API token. Only its SHA-256 is stored; the token itself is shown once. Like user
 * accounts it is found before the tenant is known, so it is looked up by hash, not filtered.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String tenantId;
  private Long userId;
  private String name;
  private String tokenHash;
  private Instant createdAt;
  private Instant expiresAt;
  private Instant revokedAt;

  protected ApiToken() {}

  ApiToken(UserAccount owner, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
    this.tenantId = owner.tenantId();
    this.userId = owner.id();
    this.name = name;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  boolean usableAt(Instant now) {
    return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
  }

  void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  Long userId() {
    return userId;
  }
}
