package io.atumdesk.channel;

import io.atumdesk.channel.MailAdmission.Verdict;
import io.atumdesk.channel.MailQuarantine.Cause;
import io.atumdesk.connectors.InboundMessage;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.Role;
import io.atumdesk.core.TenantContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail that could not be read or was held back (rate limit, failed DMARC): kept whole, once per
 * source, with the reason, shown to admins, who download, release or delete it.
 */
@Service
public class Quarantine {

  /** One quarantined mail as admins see it; {@code source} is the raw mail as text. */
  public record Entry(
      Long id,
      String mailbox,
      String sender,
      Cause cause,
      String reason,
      int size,
      String receivedAt,
      String source) {}

  private final MailQuarantines quarantines;
  private final FloodNotice flood;
  private final TransactionTemplate transaction;
  private final Clock clock;

  Quarantine(
      MailQuarantines quarantines,
      FloodNotice flood,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.quarantines = quarantines;
    this.flood = flood;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  void keep(String tenantId, String mailbox, byte[] raw, String reason) {
    TenantContext.runAs(
        tenantId,
        () ->
            transaction.executeWithoutResult(
                status ->
                    save(new MailQuarantine(mailbox, reason, raw, sha256(raw), clock.instant()))));
  }

  /** Holds back a readable mail, in the caller's transaction; a flood is noted once. */
  void hold(String tenantId, InboundMessage mail, Verdict verdict) {
    if (verdict.refusal() == Cause.RATE_LIMITED) {
      flood.heldBack(tenantId, mail.senderAddress());
    }
    save(
        new MailQuarantine(
            mail.mailbox(),
            mail.senderAddress(),
            verdict.refusal(),
            verdict.reason(),
            mail.raw(),
            sha256(mail.raw()),
            clock.instant()));
  }

  private void save(MailQuarantine held) {
    if (!quarantines.existsBySha256(held.sha256())) {
      quarantines.save(held);
    }
  }

  @Transactional(readOnly = true)
  public List<Entry> list(Actor actor) {
    requireAdmin(actor);
    return quarantines.findAllByOrderByReceivedAtDescIdDesc().stream()
        .map(Quarantine::entry)
        .toList();
  }

  /** The mail as received, for download as a .eml file. */
  @Transactional(readOnly = true)
  public byte[] source(Actor actor, long id) {
    requireAdmin(actor);
    return find(id).rawSource();
  }

  @Transactional
  public void delete(Actor actor, long id) {
    requireAdmin(actor);
    quarantines.delete(find(id));
  }

  MailQuarantine find(long id) {
    return quarantines
        .findById(id)
        .orElseThrow(() -> new NotFoundException("Quarantined mail", id));
  }

  static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only admins may see quarantined mail.");
    }
  }

  private static Entry entry(MailQuarantine q) {
    return new Entry(
        q.id(),
        q.mailbox(),
        q.sender(),
        q.cause(),
        q.reason(),
        q.rawSource().length,
        q.receivedAt().toString(),
        new String(q.rawSource(), StandardCharsets.ISO_8859_1));
  }

  private static String sha256(byte[] raw) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
