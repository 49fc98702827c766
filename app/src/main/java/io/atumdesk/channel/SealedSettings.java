package io.atumdesk.channel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** An account's settings as stored: JSON, with the channel's secret fields sealed. */
@Component
class SealedSettings {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final ChannelSecrets secrets;

  SealedSettings(ChannelSecrets secrets) {
    this.secrets = secrets;
  }

  String seal(AccountFields fields, Map<String, String> settings) {
    Map<String, String> stored = new LinkedHashMap<>();
    settings.forEach(
        (name, value) ->
            stored.put(name, fields.secret.contains(name) ? secrets.encrypt(value) : value));
    return JSON.writeValueAsString(stored);
  }

  Map<String, String> open(ChannelAccount account) {
    AccountFields fields = AccountFields.of(account.channel());
    Map<String, String> settings = new LinkedHashMap<>();
    stored(account)
        .forEach(
            (name, value) ->
                settings.put(name, fields.secret.contains(name) ? secrets.decrypt(value) : value));
    return settings;
  }

  /** The settings an admin may read back: everything but the secrets. */
  Map<String, String> visible(ChannelAccount account) {
    AccountFields fields = AccountFields.of(account.channel());
    Map<String, String> settings = new LinkedHashMap<>(stored(account));
    settings.keySet().removeAll(fields.secret);
    return settings;
  }

  /** The names of the secrets the account has, never their values. */
  Set<String> secretsSet(ChannelAccount account) {
    Set<String> names = new TreeSet<>(stored(account).keySet());
    names.retainAll(AccountFields.of(account.channel()).secret);
    return names;
  }

  private static Map<String, String> stored(ChannelAccount account) {
    return JSON.readValue(account.sealedSettings(), new TypeReference<Map<String, String>>() {});
  }
}
