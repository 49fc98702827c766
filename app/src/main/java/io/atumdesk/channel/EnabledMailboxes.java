package io.atumdesk.channel;

import io.atumdesk.connectors.MailboxSettings;
import io.atumdesk.core.TenantContext;
import io.atumdesk.people.Tenants;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The enabled mailboxes of every tenant, with their passwords unsealed for signing in. */
@Component
class EnabledMailboxes {

  private final Tenants tenants;
  private final Mailboxes mailboxes;
  private final ChannelSecrets secrets;
  private final TransactionTemplate transaction;

  EnabledMailboxes(
      Tenants tenants,
      Mailboxes mailboxes,
      ChannelSecrets secrets,
      PlatformTransactionManager transactions) {
    this.tenants = tenants;
    this.mailboxes = mailboxes;
    this.secrets = secrets;
    this.transaction = new TransactionTemplate(transactions);
  }

  List<MailboxSettings> all() {
    List<MailboxSettings> all = new ArrayList<>();
    for (var tenant : tenants.findAll()) {
      TenantContext.runAs(
          tenant.id(),
          () ->
              transaction.executeWithoutResult(
                  status ->
                      mailboxes.findByEnabledTrueOrderByName().stream()
                          .map(mailbox -> mailbox.settings(secrets))
                          .forEach(all::add)));
    }
    return all;
  }

  /** The mailbox by name in a tenant, if it exists and is enabled. */
  Optional<MailboxSettings> find(String tenantId, String name) {
    return TenantContext.callAs(
        tenantId,
        () ->
            transaction.execute(
                status ->
                    mailboxes
                        .findByName(name)
                        .filter(Mailbox::enabled)
                        .map(mailbox -> mailbox.settings(secrets))));
  }
}
