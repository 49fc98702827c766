package io.atumdesk.channel;

import io.atumdesk.connectors.MailboxProbe;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.Role;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins add, list, change, disable and try their tenant's mailboxes; passwords go in sealed and
 * never come out. Each change is announced ({@link MailboxChanged}), so IDLE follows it at once.
 */
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

  /**
   * New settings for a mailbox; a blank {@code password} keeps the one it has, a null {@code
   * senderPolicy} follows the global one.
   */
  public record MailboxChange(
      String host,
      int port,
      String protocol,
      String username,
      String password,
      String folder,
      SenderPolicy senderPolicy) {}

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
      String fromAddress,
      SenderPolicy senderPolicy) {

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
          m.sends() ? m.fromAddress() : null,
          m.senderPolicy());
    }
  }

  private final Mailboxes mailboxes;
  private final ChannelSecrets secrets;
  private final ApplicationEventPublisher events;

  MailboxAdministration(
      Mailboxes mailboxes, ChannelSecrets secrets, ApplicationEventPublisher events) {
    this.mailboxes = mailboxes;
    this.secrets = secrets;
    this.events = events;
  }

  @Transactional
  public MailboxView add(Actor actor, NewMailbox mailbox) {
    requireAdmin(actor);
    requireProtocol(mailbox.protocol());
    if (mailboxes.existsByName(mailbox.name())) {
      throw new ConflictException(
          "A mailbox named '" + mailbox.name() + "' exists already; choose another name.");
    }
    Mailbox.Smtp smtp = mailbox.smtp();
    if (smtp != null && (smtp.security() == null || !SECURITY.contains(smtp.security()))) {
      throw new InvalidInputException("smtp.security", "must be one of none, starttls, tls");
    }
    Mailbox added =
        new Mailbox(
            mailbox.name(),
            mailbox.host(),
            mailbox.port(),
            mailbox.protocol(),
            mailbox.username(),
            secrets.encrypt(mailbox.password()),
            folderOrInbox(mailbox.folder()));
    if (smtp != null) {
      boolean ownPassword = smtp.password() != null && !smtp.password().isBlank();
      added.sendThrough(smtp, ownPassword ? secrets.encrypt(smtp.password()) : null);
    }
    Mailbox saved = mailboxes.save(added);
    events.publishEvent(new MailboxChanged(actor.tenantId(), saved.name()));
    return MailboxView.of(saved);
  }

  @Transactional
  public MailboxView change(Actor actor, long id, MailboxChange change) {
    requireAdmin(actor);
    requireProtocol(change.protocol());
    Mailbox mailbox = find(id);
    boolean keepPassword = change.password() == null || change.password().isBlank();
    mailbox.change(
        change.host(),
        change.port(),
        change.protocol(),
        change.username(),
        keepPassword ? null : secrets.encrypt(change.password()),
        folderOrInbox(change.folder()),
        change.senderPolicy());
    events.publishEvent(new MailboxChanged(actor.tenantId(), mailbox.name()));
    return MailboxView.of(mailbox);
  }

  @Transactional
  public MailboxView enable(Actor actor, long id, boolean enabled) {
    requireAdmin(actor);
    Mailbox mailbox = find(id);
    if (enabled) {
      mailbox.enable();
    } else {
      mailbox.disable();
    }
    events.publishEvent(new MailboxChanged(actor.tenantId(), mailbox.name()));
    return MailboxView.of(mailbox);
  }

  /** Signs in with the stored settings and tells what the server answered. */
  @Transactional(readOnly = true)
  public MailboxProbe.Probe test(Actor actor, long id) {
    requireAdmin(actor);
    return new MailboxProbe().probe(find(id).settings(secrets));
  }

  @Transactional(readOnly = true)
  public MailboxView get(Actor actor, long id) {
    requireAdmin(actor);
    return MailboxView.of(find(id));
  }

  private Mailbox find(long id) {
    return mailboxes.findById(id).orElseThrow(() -> new NotFoundException("Mailbox", id));
  }

  private static String folderOrInbox(String folder) {
    return folder == null || folder.isBlank() ? "INBOX" : folder;
  }

  private static void requireProtocol(String protocol) {
    if (!PROTOCOLS.contains(protocol)) {
      throw new InvalidInputException("protocol", "must be one of imap, imaps, pop3, pop3s");
    }
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
