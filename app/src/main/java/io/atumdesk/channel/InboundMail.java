package io.atumdesk.channel;

import io.atumdesk.channel.MailAdmission.Verdict;
import io.atumdesk.channel.MailMessage.Direction;
import io.atumdesk.channel.MailMessage.Outcome;
import io.atumdesk.connectors.InboundMessage;
import io.atumdesk.connectors.InboundMessageHandler;
import io.atumdesk.connectors.SenderAuthentication;
import io.atumdesk.contact.Contacts;
import io.atumdesk.contact.IdentityKind;
import io.atumdesk.core.Actor;
import io.atumdesk.core.Role;
import io.atumdesk.core.TenantContext;
import io.atumdesk.people.PeopleDirectory;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns an inbound mail into a reply on the ticket it answers or a new incident, in one transaction
 * with its {@code mail_message} row: a Message-ID seen before changes nothing. The sender is the
 * tenant's account with that e-mail address or, without one, the address itself as requester; its
 * contact is found or made, and the ticket noted on it. The ticket's conversation follows the
 * requester's latest mail, so answers go back the same way; mail from anyone else on the thread is
 * kept on the ticket but does not redirect the answers. A mail {@link MailAdmission} refuses (rate
 * limit, failed DMARC) is held in quarantine instead.
 */
@Service
public class InboundMail implements InboundMessageHandler {

  private final MailMessages messages;
  private final MailThreads threads;
  private final MailPosting posting;
  private final PeopleDirectory people;
  private final Quarantine quarantine;
  private final Conversations conversations;
  private final Contacts contacts;
  private final MailAdmission admission;
  private final TransactionTemplate transaction;

  InboundMail(
      MailMessages messages,
      MailThreads threads,
      MailPosting posting,
      PeopleDirectory people,
      Quarantine quarantine,
      Conversations conversations,
      Contacts contacts,
      MailAdmission admission,
      PlatformTransactionManager transactions) {
    this.conversations = conversations;
    this.contacts = contacts;
    this.messages = messages;
    this.threads = threads;
    this.posting = posting;
    this.people = people;
    this.quarantine = quarantine;
    this.admission = admission;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Override
  public void handle(String tenantId, InboundMessage mail) {
    handle(tenantId, mail, false);
  }

  /** Takes a mail an admin released from quarantine: no rate limit or sender policy holds it. */
  void release(String tenantId, InboundMessage mail) {
    handle(tenantId, mail, true);
  }

  private void handle(String tenantId, InboundMessage mail, boolean released) {
    TenantContext.runAs(
        tenantId,
        () -> {
          try {
            transaction.executeWithoutResult(status -> record(tenantId, mail, released));
          } catch (DataIntegrityViolationException e) {
            // Another poller committed the same Message-ID first: that row stands.
            if (transaction.execute(s -> messages.findByMessageId(mail.messageId())).isEmpty()) {
              throw e;
            }
          }
        });
  }

  @Override
  public void quarantine(String tenantId, String mailbox, byte[] raw, String reason) {
    quarantine.keep(tenantId, mailbox, raw, reason);
  }

  private void record(String tenantId, InboundMessage mail, boolean released) {
    if (messages.findByMessageId(mail.messageId()).isPresent()) {
      return;
    }
    SenderAuthentication checked = admission.authentication(mail);
    if (AutomatedMail.is(mail)) {
      save(mail, Outcome.AUTOMATED, null, checked);
      return;
    }
    Verdict verdict =
        released ? Verdict.taken(checked, checked.dmarcFailed()) : admission.judge(mail);
    if (verdict.refusal() != null) {
      quarantine.hold(tenantId, mail, verdict);
      return;
    }
    TicketKey key = post(tenantId, mail, checked);
    if (verdict.unverified()) {
      posting.markUnverified(tenantId, key, MailAdmission.text(checked));
    }
  }

  private TicketKey post(String tenantId, InboundMessage mail, SenderAuthentication checked) {
    Actor sender = senderOf(tenantId, mail);
    Contacts.Sender contact =
        contacts.resolve(IdentityKind.EMAIL, mail.senderAddress(), mail.senderName());
    Optional<Ticket> thread = threads.ticketFor(tenantId, mail).filter(t -> t.status().isOpen());
    String text = MailText.of(mail);
    if (thread.isPresent()) {
      TicketKey key = thread.get().key();
      posting.reply(mail, sender, key, text);
      contacts.wroteOn(contact, key, InboundMessage.EMAIL);
      save(mail, Outcome.REPLIED, key, checked);
      if (sender.username().equals(thread.get().requester())) {
        conversations.record(key, "email", mail.mailbox(), mail.senderAddress(), mail.messageId());
      }
      return key;
    }
    TicketKey raised =
        posting.raise(
            raiser(tenantId, sender), MailText.raise(mail, sender, text), mail.attachments());
    contacts.wroteOn(contact, raised, InboundMessage.EMAIL);
    save(mail, Outcome.RAISED, raised, checked);
    conversations.record(raised, "email", mail.mailbox(), mail.senderAddress(), mail.messageId());
    return raised;
  }

  /** Customers raise for themselves; for staff and unknown senders the system raises it. */
  private static Actor raiser(String tenantId, Actor sender) {
    return sender.isCustomerOnly() ? sender : Actor.system(tenantId);
  }

  private Actor senderOf(String tenantId, InboundMessage mail) {
    return people
        .actorByEmail(tenantId, mail.senderAddress())
        .orElseGet(
            () -> new Actor(mail.senderAddress(), tenantId, Set.of(Role.CUSTOMER), Set.of()));
  }

  private void save(
      InboundMessage mail, Outcome outcome, TicketKey ticket, SenderAuthentication checked) {
    messages.saveAndFlush(
        new MailMessage(
                mail.messageId(),
                Direction.INBOUND,
                outcome,
                ticket == null ? null : ticket.value(),
                mail.mailbox(),
                mail.senderAddress(),
                mail.subject(),
                mail.receivedAt())
            .authenticated(checked));
  }
}
