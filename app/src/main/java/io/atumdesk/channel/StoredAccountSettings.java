package io.atumdesk.channel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.support.TransactionOperations;

/** One messaging channel's enabled accounts of the current tenant, secrets opened. */
class StoredAccountSettings implements AccountSettings {

  private final String channel;
  private final ChannelAccounts accounts;
  private final SealedSettings sealed;
  private final TransactionOperations transaction;

  StoredAccountSettings(
      String channel,
      ChannelAccounts accounts,
      SealedSettings sealed,
      TransactionOperations transaction) {
    this.channel = channel;
    this.accounts = accounts;
    this.sealed = sealed;
    this.transaction = transaction;
  }

  @Override
  public String channel() {
    return channel;
  }

  @Override
  public Optional<Map<String, String>> of(String account) {
    return transaction.execute(
        status ->
            accounts
                .findByChannelAndName(channel, account)
                .filter(ChannelAccount::enabled)
                .map(sealed::open));
  }

  @Override
  public List<String> names() {
    return transaction.execute(
        status ->
            accounts.findAllByOrderByChannelAscNameAsc().stream()
                .filter(account -> account.channel().equals(channel))
                .filter(ChannelAccount::enabled)
                .map(ChannelAccount::name)
                .toList());
  }
}
