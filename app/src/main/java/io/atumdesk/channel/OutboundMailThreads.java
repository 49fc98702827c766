package io.atumdesk.channel;

import io.atumdesk.channel.MailMessage.Direction;
import io.atumdesk.channel.MailMessage.Outcome;
import io.atumdesk.ticket.TicketKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thread headers of a mail we are about to send on a ticket: a Message-ID of our own in the
 * sending mailbox's domain, In-Reply-To and References from the ticket's known mails (oldest first,
 * the first one and the latest ones when there are many). The mail is recorded as OUTBOUND before
 * it is sent, in the caller's transaction, so an answer to it threads into the ticket even when it
 * quotes nothing.
 */
@Component
public class OutboundMailThreads {

  static final int MAX_REFERENCES = 20;
  private final MailMessages messages;
  private final MailAccounts accounts;
  private final Clock clock;

  OutboundMailThreads(MailMessages messages, MailAccounts accounts, Clock clock) {
    this.messages = messages;
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * @param tenantId the ticket's tenant, named because a process thread works as the root tenant:
   *     its session would neither filter the ticket's mails nor stamp the new row with the tenant
   * @param inReplyTo the Message-ID to answer, or null for the ticket's latest known mail
   * @return Message-ID, and In-Reply-To and References when the ticket has mail
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Map<String, String> thread(
      String tenantId, String account, TicketKey ticket, String inReplyTo, String subject) {
    String from = account == null ? null : accounts.fromAddress(tenantId, account).orElse(null);
    String messageId = "atum." + UUID.randomUUID() + "@" + domainOf(from);
    List<String> known = new ArrayList<>();
    if (ticket != null) {
      messages.findByTenantIdAndTicketKeyOrderByIdAsc(tenantId, ticket.value()).stream()
          .map(MailMessage::messageId)
          .forEach(known::add);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Message-ID", bracketed(messageId));
    String answered =
        inReplyTo != null ? bare(inReplyTo) : known.isEmpty() ? null : known.get(known.size() - 1);
    if (answered != null) {
      headers.put("In-Reply-To", bracketed(answered));
      headers.put(
          "References",
          String.join(
              " ", capped(known, answered).stream().map(OutboundMailThreads::bracketed).toList()));
    }
    messages.save(
        new MailMessage(
                messageId,
                Direction.OUTBOUND,
                Outcome.SENT,
                ticket == null ? null : ticket.value(),
                account,
                from,
                subject,
                clock.instant())
            .of(tenantId));
    return headers;
  }

  /** Oldest first, with the answered one; when too many, the first and the latest ones. */
  private static List<String> capped(List<String> known, String answered) {
    List<String> ids = new ArrayList<>(known);
    if (!ids.contains(answered)) {
      ids.add(answered);
    }
    if (ids.size() <= MAX_REFERENCES) {
      return ids;
    }
    List<String> kept = new ArrayList<>();
    kept.add(ids.get(0));
    kept.addAll(ids.subList(ids.size() - (MAX_REFERENCES - 1), ids.size()));
    if (!kept.contains(answered)) {
      kept.set(kept.size() - 1, answered);
    }
    return kept;
  }

  /** Message-IDs are kept without their angle brackets, as inbound mail's are. */
  private static String bare(String id) {
    String stripped = id.strip();
    return stripped.startsWith("<") && stripped.endsWith(">")
        ? stripped.substring(1, stripped.length() - 1)
        : stripped;
  }

  private static String bracketed(String id) {
    return "<" + id + ">";
  }

  private static String domainOf(String address) {
    int at = address == null ? -1 : address.lastIndexOf('@');
    String domain = at < 0 ? "" : address.substring(at + 1).strip();
    return domain.matches("[A-Za-z0-9.-]+") ? domain : "atumdesk.invalid";
  }
}
