package io.atumdesk.people;

import io.atumdesk.core.Actor;
import io.atumdesk.core.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes personal API tokens. A token carries 256 random bits, so a fast
 * SHA-256 is enough to store it safely and a request does not pay a password hash.
 */
@Service
public class ApiTokenService {

  private static final String PREFIX = "atd_";
  static final Duration REMEMBER_FOR = Duration.ofSeconds(30);
  private final SecureRandom random = new SecureRandom();
  private final java.util.Map<String, Remembered> remembered =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final ApiTokens tokens;
  private final UserAccounts accounts;
  private final Clock clock;

  ApiTokenService(ApiTokens tokens, UserAccounts accounts, Clock clock) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** The token text is returned only here, once. */
  @Transactional
  public IssuedToken issue(Actor owner, String name, Duration validFor) {
    UserAccount account = account(owner);
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    var now = clock.instant();
    var expiresAt = validFor == null ? null : now.plus(validFor);
    ApiToken saved = tokens.save(new ApiToken(account, name, hash(token), now, expiresAt));
    return new IssuedToken(saved.id(), name, token, now, expiresAt);
  }

  @Transactional(readOnly = true)
  public List<ApiToken> list(Actor owner) {
    return tokens.findByTenantIdAndUserIdOrderByCreatedAtDesc(
        owner.tenantId(), account(owner).id());
  }

  @Transactional
  public void revoke(Actor owner, long tokenId) {
    tokens
        .findByIdAndTenantIdAndUserId(tokenId, owner.tenantId(), account(owner).id())
        .orElseThrow(() -> new NotFoundException("API token", tokenId))
        .revoke(clock.instant());
    remembered.values().removeIf(known -> known.tokenId().equals(tokenId));
  }

  /**
   * The account a presented token belongs to, if the token is known and still usable. Answers are
   * remembered for {@link #REMEMBER_FOR} so that a busy client costs no query per request; a
   * revocation on this node takes effect at once, on other nodes within that time.
   */
  Optional<UserAccount> authenticate(String presented) {
    if (presented == null || !presented.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String hash = hash(presented);
    var now = clock.instant();
    Remembered known = remembered.get(hash);
    if (known != null && known.until().isAfter(now)) {
      return Optional.of(known.account());
    }
    var found = tokens.findByTokenHash(hash).filter(token -> token.usableAt(now));
    var account =
        found.flatMap(token -> accounts.findById(token.userId())).filter(UserAccount::enabled);
    if (account.isPresent()) {
      if (remembered.size() > 10_000) {
        remembered.clear();
      }
      var until = now.plus(REMEMBER_FOR);
      if (found.get().expiresAt() != null && found.get().expiresAt().isBefore(until)) {
        until = found.get().expiresAt();
      }
      remembered.put(hash, new Remembered(found.get().id(), account.get(), until));
    } else {
      remembered.remove(hash);
    }
    return account;
  }

  private record Remembered(Long tokenId, UserAccount account, java.time.Instant until) {}

  private UserAccount account(Actor owner) {
    return accounts
        .findByTenantIdAndUsername(owner.tenantId(), owner.username())
        .orElseThrow(() -> new NotFoundException("User", owner.username()));
  }

  static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** A freshly issued token: the only time its text exists outside the caller. */
  public record IssuedToken(
      Long id,
      String name,
      String token,
      java.time.Instant createdAt,
      java.time.Instant expiresAt) {}
}
