package io.atumdesk.channel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sending side of the current tenant's mailboxes: the SMTP settings of one by name (the
 * password opened, for the mail transport only), and which mailbox sends when a ticket has no
 * conversation by mail (the first enabled one with an SMTP server, by name).
 */
@Component
public class MailAccounts implements AccountSettings {

  private final Mailboxes mailboxes;
  private final ChannelSecrets secrets;

  MailAccounts(Mailboxes mailboxes, ChannelSecrets secrets) {
    this.mailboxes = mailboxes;
    this.secrets = secrets;
  }

  @Override
  public String channel() {
    return "email";
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Map<String, String>> of(String account) {
    return mailboxes
        .findByName(account)
        .filter(Mailbox::enabled)
        .filter(Mailbox::sends)
        .map(mailbox -> mailbox.sendingSettings(secrets));
  }

  @Override
  @Transactional(readOnly = true)
  public List<String> names() {
    return mailboxes.findByEnabledTrueOrderByName().stream()
        .filter(Mailbox::sends)
        .map(Mailbox::name)
        .toList();
  }

  @Transactional(readOnly = true)
  public Optional<String> defaultSender() {
    return names().stream().findFirst();
  }

  /** The address a mailbox sends from, for the domain of the Message-IDs we make. */
  @Transactional(readOnly = true)
  /** Names the tenant: mailbox names are unique per tenant, and a process thread sees them all. */
  public Optional<String> fromAddress(String tenantId, String account) {
    return mailboxes.findByTenantIdAndName(tenantId, account).map(Mailbox::fromAddress);
  }
}
