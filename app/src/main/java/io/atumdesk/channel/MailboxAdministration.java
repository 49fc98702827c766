package io.atumdesk.channel;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.Role;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins add and list their tenant's mailboxes; passwords go in sealed and never come out. */
@Service
public class MailboxAdministration {

  private static final Set<String> PROTOCOLS = Set.of("imap", "imaps", "pop3", "pop3s");

  private static final Set<String> SECURITY = Set.of("none", "starttls", "tls");

  /** A mailbox to add; {@code folder} defaults to INBOX; without {@code smtp} it only receives. */
  public record NewMailbox(
      String name,
      String host,
      int port,
      String protocol,
      String username,
      String password,
      String folder,
      Mailbox.Smtp smtp) {}

  /** A mailbox as admins see it: everything but the password. */
  public record MailboxView(
      Long id,
      String name,
      String host,
      int port,
      String protocol,
      String username,
      String folder,
      boolean enabled,
      String smtpHost,
      Integer smtpPort,
      String smtpSecurity,
      String fromAddress) {

    static MailboxView of(Mailbox m) {
      return new MailboxView(
          m.id(),
          m.name(),
          m.host(),
          m.port(),
          m.protocol(),
          m.username(),
          m.folder(),
          m.enabled(),
          m.smtpHost(),
          m.smtpPort(),
          m.smtpSecurity(),
          m.sends() ? m.fromAddress() : null);
    }
  }

  private final Mailboxes mailboxes;
  private final ChannelSecrets secrets;

  MailboxAdministration(Mailboxes mailboxes, ChannelSecrets secrets) {
    this.mailboxes = mailboxes;
    this.secrets = secrets;
  }

  @Transactional
  public MailboxView add(Actor actor, NewMailbox mailbox) {
    requireAdmin(actor);
    if (!PROTOCOLS.contains(mailbox.protocol())) {
      throw new InvalidInputException("protocol", "must be one of imap, imaps, pop3, pop3s");
    }
    if (mailboxes.existsByName(mailbox.name())) {
      throw new ConflictException(
          "A mailbox named '" + mailbox.name() + "' exists already; choose another name.");
    }
    Mailbox.Smtp smtp = mailbox.smtp();
    if (smtp != null && (smtp.security() == null || !SECURITY.contains(smtp.security()))) {
      throw new InvalidInputException("smtp.security", "must be one of none, starttls, tls");
    }
    String folder =
        mailbox.folder() == null || mailbox.folder().isBlank() ? "INBOX" : mailbox.folder();
    Mailbox added =
        new Mailbox(
            mailbox.name(),
            mailbox.host(),
            mailbox.port(),
            mailbox.protocol(),
            mailbox.username(),
            secrets.encrypt(mailbox.password()),
            folder);
    if (smtp != null) {
      boolean ownPassword = smtp.password() != null && !smtp.password().isBlank();
      added.sendThrough(smtp, ownPassword ? secrets.encrypt(smtp.password()) : null);
    }
    return MailboxView.of(mailboxes.save(added));
  }

  @Transactional(readOnly = true)
  public List<MailboxView> list(Actor actor) {
    requireAdmin(actor);
    return mailboxes.findAllByOrderByName().stream().map(MailboxView::of).toList();
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only admins may manage mailboxes.");
    }
  }
}
