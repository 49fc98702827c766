package io.atumdesk.channel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** One {@link AccountSettings} bean per messaging channel, for the outbox. */
@Configuration
class MessagingAccountSettings {

  @Bean
  AccountSettings smsAccountSettings(
      ChannelAccounts accounts, SealedSettings sealed, PlatformTransactionManager transactions) {
    return settings("sms", accounts, sealed, transactions);
  }

  @Bean
  AccountSettings slackAccountSettings(
      ChannelAccounts accounts, SealedSettings sealed, PlatformTransactionManager transactions) {
    return settings("slack", accounts, sealed, transactions);
  }

  @Bean
  AccountSettings teamsAccountSettings(
      ChannelAccounts accounts, SealedSettings sealed, PlatformTransactionManager transactions) {
    return settings("teams", accounts, sealed, transactions);
  }

  @Bean
  AccountSettings telegramAccountSettings(
      ChannelAccounts accounts, SealedSettings sealed, PlatformTransactionManager transactions) {
    return settings("telegram", accounts, sealed, transactions);
  }

  private static AccountSettings settings(
      String channel,
      ChannelAccounts accounts,
      SealedSettings sealed,
      PlatformTransactionManager transactions) {
    TransactionTemplate readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    return new StoredAccountSettings(channel, accounts, sealed, readOnly);
  }
}
