package io.atumdesk.channel;

import io.atumdesk.core.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Which settings each messaging channel's account takes, needs, and keeps secret. */
enum AccountFields {
  SMS(
      "sms",
      Set.of("accountSid", "authToken", "fromNumber"),
      Set.of("messagesPerSecond", "apiBaseUrl", "webhookUrl"),
      Set.of("authToken")),
  SLACK(
      "slack",
      Set.of("botToken", "signingSecret"),
      Set.of("apiBaseUrl"),
      Set.of("botToken", "signingSecret")),
  TELEGRAM(
      "telegram",
      Set.of("botToken", "secretToken"),
      Set.of("apiBaseUrl"),
      Set.of("botToken", "secretToken")),
  TEAMS(
      "teams",
      Set.of("securityToken"),
      Set.of("incomingWebhookUrl"),
      Set.of("securityToken", "incomingWebhookUrl"));

  final String channel;
  final Set<String> required;
  final Set<String> optional;
  final Set<String> secret;

  AccountFields(String channel, Set<String> required, Set<String> optional, Set<String> secret) {
    this.channel = channel;
    this.required = required;
    this.optional = optional;
    this.secret = secret;
  }

  /** Every setting, the required ones first, each group in alphabetical order. */
  java.util.List<String> names() {
    return java.util.stream.Stream.concat(required.stream().sorted(), optional.stream().sorted())
        .toList();
  }

  static AccountFields of(String channel) {
    for (AccountFields fields : values()) {
      if (fields.channel.equals(channel)) {
        return fields;
      }
    }
    return null;
  }

  /** Refuses settings that do not fit the channel, naming the setting at fault. */
  void check(Map<String, String> settings) {
    for (String name : required) {
      if (settings.get(name) == null || settings.get(name).isBlank()) {
        throw new InvalidInputException(name, "is needed for a %s account".formatted(channel));
      }
    }
    for (String name : settings.keySet()) {
      if (!required.contains(name) && !optional.contains(name)) {
        throw new InvalidInputException(
            "settings",
            "'%s' is not a setting of a %s account; known are %s and %s"
                .formatted(name, channel, required, optional));
      }
    }
  }

  /**
   * The settings after an admin's change: a blank secret keeps the stored one (secrets are never
   * shown, so a form cannot send them back), any other blank setting is left out.
   */
  Map<String, String> changed(Map<String, String> stored, Map<String, String> typed) {
    Map<String, String> settings = new LinkedHashMap<>();
    for (String name : typed.keySet()) {
      String value = typed.get(name);
      if (value != null && !value.isBlank()) {
        settings.put(name, value.strip());
      } else if (secret.contains(name) && stored.containsKey(name)) {
        settings.put(name, stored.get(name));
      }
    }
    secret.stream()
        .filter(name -> !typed.containsKey(name) && stored.containsKey(name))
        .forEach(name -> settings.put(name, stored.get(name)));
    return settings;
  }
}
