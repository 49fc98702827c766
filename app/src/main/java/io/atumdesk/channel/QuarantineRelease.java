package io.atumdesk.channel;

import io.atumdesk.connectors.InboundMessage;
import io.atumdesk.connectors.MailParser;
import io.atumdesk.connectors.UnreadableMessageException;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An admin releases a quarantined mail once its cause is fixed: it goes through {@link InboundMail}
 * again, past the rate limit and sender policy, and leaves the quarantine. A mail still unreadable
 * stays, with the parser's reason in the answer.
 */
@Service
public class QuarantineRelease {

  private final Quarantine quarantine;
  private final InboundMail inbound;
  private final TransactionTemplate transaction;
  private final MailParser parser = new MailParser();
  private final Clock clock;

  QuarantineRelease(
      Quarantine quarantine,
      InboundMail inbound,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.quarantine = quarantine;
    this.inbound = inbound;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  public void release(Actor actor, long id) {
    Quarantine.requireAdmin(actor);
    MailQuarantine held = transaction.execute(status -> quarantine.find(id));
    InboundMessage mail;
    try {
      mail = parser.parse(held.mailbox(), held.rawSource(), clock.instant());
    } catch (UnreadableMessageException e) {
      throw new ConflictException(
          "This mail still cannot be read (" + e.getMessage() + "); download it to look closer.");
    }
    inbound.release(actor.tenantId(), mail);
    quarantine.delete(actor, id);
  }
}
