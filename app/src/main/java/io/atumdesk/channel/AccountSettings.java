package io.atumdesk.channel;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of the current tenant's sending accounts on one channel, secrets decrypted, for the
 * outbox to hand to that channel's transport. One bean per channel.
 */
public interface AccountSettings {

  String channel();

  Optional<Map<String, String>> of(String account);

  /** The names of the accounts that can send now, by name. */
  List<String> names();
}
