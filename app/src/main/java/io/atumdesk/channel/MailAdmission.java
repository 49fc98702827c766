package io.atumdesk.channel;

import io.atumdesk.channel.MailMessage.Outcome;
import io.atumdesk.channel.MailQuarantine.Cause;
import io.atumdesk.connectors.InboundMessage;
import io.atumdesk.connectors.SenderAuthentication;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import org.springframework.stereotype.Component;

/**
 * Decides, before a mail touches a ticket, whether it is taken: a sender over the rate limit, or
 * one that failed DMARC at a trusted host where the mailbox quarantines such mail, is kept instead.
 * Counts come from {@code mail_message}, so every poller and IDLE watch shares one limit.
 */
@Component
class MailAdmission {

  /** The verdict: {@code refusal} null means taken; {@code unverified} asks for a mark. */
  record Verdict(
      SenderAuthentication authentication, Cause refusal, String reason, boolean unverified) {

    static Verdict taken(SenderAuthentication authentication, boolean unverified) {
      return new Verdict(authentication, null, null, unverified);
    }
  }

  private final MailMessages messages;
  private final Mailboxes mailboxes;
  private final ChannelProperties.Mail settings;
  private final Clock clock;

  MailAdmission(
      MailMessages messages, Mailboxes mailboxes, ChannelProperties properties, Clock clock) {
    this.messages = messages;
    this.mailboxes = mailboxes;
    this.settings = properties.mail();
    this.clock = clock;
  }

  Verdict judge(InboundMessage mail) {
    SenderAuthentication results = authentication(mail);
    SenderPolicy policy = policyOf(mail.mailbox());
    if (results.dmarcFailed() && policy == SenderPolicy.QUARANTINE_ON_FAIL) {
      return new Verdict(
          results, Cause.UNVERIFIED_SENDER, "unverified sender: " + text(results), false);
    }
    ChannelProperties.RateLimit limit = settings.rateLimit();
    Instant since = clock.instant().minus(limit.window());
    long taken =
        messages.countBySenderAndOutcomeInAndReceivedAtAfter(
            mail.senderAddress(), EnumSet.of(Outcome.RAISED, Outcome.REPLIED), since);
    if (taken >= limit.maxMails()) {
      return new Verdict(
          results,
          Cause.RATE_LIMITED,
          "rate limited: %s sent more than %d mails within %s"
              .formatted(mail.senderAddress(), limit.maxMails(), limit.window()),
          false);
    }
    return Verdict.taken(results, results.dmarcFailed() && policy == SenderPolicy.MARK);
  }

  SenderAuthentication authentication(InboundMessage mail) {
    return SenderAuthentication.of(mail.raw(), settings.trustedAuthservIds());
  }

  static String text(SenderAuthentication results) {
    return "DMARC %s (SPF %s, DKIM %s) at %s"
        .formatted(results.dmarc(), results.spf(), results.dkim(), results.authservId());
  }

  private SenderPolicy policyOf(String mailbox) {
    SenderPolicy own = mailboxes.findByName(mailbox).map(Mailbox::senderPolicy).orElse(null);
    return own == null ? settings.senderPolicy() : own;
  }
}
