package io.atumdesk.channel;

import io.atumdesk.connectors.InboundMessage;
import io.atumdesk.core.Actor;
import io.atumdesk.ticket.RaiseTicket;
import io.atumdesk.ticket.TicketType;

/** What a mail puts on a ticket: its new text, without quotes, within the columns' limits. */
final class MailText {

  private static final int MAX_TEXT = 20_000;
  private static final int MAX_SUBJECT = 255;

  private MailText() {}

  static String of(InboundMessage mail) {
    String text = QuotedReplies.strip(mail.text());
    if (text.isBlank()) {
      text = "(The mail had no text.)";
    }
    return cut(text, MAX_TEXT);
  }

  /** A reply from someone other than the requester or staff, marked with who wrote it. */
  static String quotedFrom(InboundMessage mail, String text) {
    String from =
        mail.senderName() == null
            ? mail.senderAddress()
            : mail.senderName() + " <" + mail.senderAddress() + ">";
    return cut("Mail from " + from + ":\n\n" + text, MAX_TEXT);
  }

  static RaiseTicket raise(InboundMessage mail, Actor sender, String text) {
    String subject =
        mail.subject() == null || mail.subject().isBlank()
            ? "(no subject)"
            : mail.subject().strip();
    return new RaiseTicket(
        TicketType.INCIDENT, cut(subject, MAX_SUBJECT), text, null, null, null, sender.username());
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
