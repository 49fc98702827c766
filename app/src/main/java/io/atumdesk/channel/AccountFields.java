package io.atumdesk.channel;

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

  static AccountFields of(String channel) {
    for (AccountFields fields : values()) {
      if (fields.channel.equals(channel)) {
        return fields;
      }
    }
    return null;
  }

  /** Why these settings do not fit the channel, or null when they do. */
  String problemWith(Map<String, String> settings) {
    for (String name : required) {
      if (settings.get(name) == null || settings.get(name).isBlank()) {
        return "'%s' is needed for a %s account".formatted(name, channel);
      }
    }
    for (String name : settings.keySet()) {
      if (!required.contains(name) && !optional.contains(name)) {
        return "'%s' is not a setting of a %s account; known are %s and %s"
            .formatted(name, channel, required, optional);
      }
    }
    return null;
  }
}
