package io.atumdesk.channel;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.Role;
import io.atumdesk.core.TenantContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail that could not be read: kept whole, once per source, and shown to admins. */
@Service
public class Quarantine {

  /** One quarantined mail as admins see it; {@code source} is the raw mail as text. */
  public record Entry(Long id, String mailbox, String reason, String receivedAt, String source) {}

  private final MailQuarantines quarantines;
  private final TransactionTemplate transaction;
  private final Clock clock;

  Quarantine(MailQuarantines quarantines, PlatformTransactionManager transactions, Clock clock) {
    this.quarantines = quarantines;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  void keep(String tenantId, String mailbox, byte[] raw, String reason) {
    String sha256 = sha256(raw);
    TenantContext.runAs(
        tenantId,
        () ->
            transaction.executeWithoutResult(
                status -> {
                  if (!quarantines.existsBySha256(sha256)) {
                    quarantines.save(
                        new MailQuarantine(mailbox, reason, raw, sha256, clock.instant()));
                  }
                }));
  }

  @Transactional(readOnly = true)
  public List<Entry> list(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only admins may see quarantined mail.");
    }
    return quarantines.findAllByOrderByReceivedAtDescIdDesc().stream()
        .map(
            q ->
                new Entry(
                    q.id(),
                    q.mailbox(),
                    q.reason(),
                    q.receivedAt().toString(),
                    new String(q.rawSource(), java.nio.charset.StandardCharsets.ISO_8859_1)))
        .toList();
  }

  private static String sha256(byte[] raw) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
