package io.atumdesk.channel;

import io.atumdesk.connectors.messaging.HookRequest;
import io.atumdesk.connectors.messaging.HookResult;
import io.atumdesk.connectors.messaging.MessagingIntake;
import io.atumdesk.core.TenantContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where messaging webhooks arrive: the hook key in the URL names one enabled account (and so its
 * tenant); the channel's connector checks the provider's signature with that account's secrets
 * before it reads anything. An unknown or disabled account is refused like a bad signature.
 */
@Service
public class MessagingHooks {

  private static final Logger log = LoggerFactory.getLogger(MessagingHooks.class);

  private final JdbcTemplate jdbc;
  private final ChannelAccounts accounts;
  private final SealedSettings sealed;
  private final MessagingIntake intake;
  private final TransactionTemplate transaction;

  MessagingHooks(
      JdbcTemplate jdbc,
      ChannelAccounts accounts,
      SealedSettings sealed,
      MessagingIntake intake,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.sealed = sealed;
    this.intake = intake;
    this.transaction = new TransactionTemplate(transactions);
  }

  public HookResult receive(String channel, String hookKey, HookRequest request) {
    Optional<String> tenant = tenantOf(channel, hookKey);
    if (tenant.isEmpty()) {
      log.warn("Refused a {} webhook for an unknown or disabled account", channel);
      return HookResult.unauthorized(
          "No enabled %s account has this webhook URL.".formatted(channel));
    }
    return TenantContext.callAs(
        tenant.get(),
        () -> {
          ChannelAccount account =
              transaction.execute(s -> accounts.findByChannelAndHookKey(channel, hookKey).get());
          Map<String, String> settings = transaction.execute(s -> sealed.open(account));
          return intake.receive(tenant.get(), channel, account.name(), settings, request);
        });
  }

  /** The account's tenant, looked up before any tenant is bound (the hook key is global). */
  private Optional<String> tenantOf(String channel, String hookKey) {
    List<String> tenants =
        jdbc.queryForList(
            "select tenant_id from channel_account where channel = ? and hook_key = ? and enabled",
            String.class,
            channel,
            hookKey);
    return tenants.stream().findFirst();
  }
}
