package io.atumdesk.outbox.web;

import io.atumdesk.outbox.Broadcasting;
import io.atumdesk.outbox.Broadcasting.BroadcastRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The broadcast form: {@code sender} is "channel/account" as the select offers it, recipients one
 * per line or separated by commas or semicolons.
 */
record BroadcastForm(String sender, String recipients, String text, String ticket) {

  static BroadcastForm forTicket(String ticket) {
    return new BroadcastForm(null, "", "", ticket);
  }

  String channel() {
    return sender == null || !sender.contains("/")
        ? null
        : sender.substring(0, sender.indexOf('/'));
  }

  String account() {
    return sender == null || !sender.contains("/")
        ? null
        : sender.substring(sender.indexOf('/') + 1);
  }

  List<String> recipientList() {
    return recipients == null
        ? List.of()
        : Arrays.stream(recipients.split("[\\n,;]+"))
            .map(String::strip)
            .filter(r -> !r.isEmpty())
            .toList();
  }

  BroadcastRequest request() {
    return new BroadcastRequest(channel(), account(), recipientList(), text, ticket);
  }

  /** What to correct, field by field, as message keys with their arguments. */
  Map<String, Problem> problems() {
    Map<String, Problem> problems = new LinkedHashMap<>();
    if (channel() == null) {
      problems.put("sender", new Problem("broadcast.problem.sender"));
    }
    List<String> unusable = Broadcasting.unusable(channel(), recipientList());
    if (recipientList().isEmpty()) {
      problems.put("recipients", new Problem("broadcast.problem.recipients"));
    } else if (channel() != null && !unusable.isEmpty()) {
      problems.put(
          "recipients",
          new Problem(
              "broadcast.problem.unusable." + (channel().equals("sms") ? "sms" : "other"),
              String.join(", ", unusable.subList(0, Math.min(10, unusable.size())))));
    }
    if (text == null || text.isBlank()) {
      problems.put("text", new Problem("broadcast.problem.text"));
    }
    return problems;
  }

  /** A message key and its one argument. */
  record Problem(String key, String argument) {
    Problem(String key) {
      this(key, "");
    }
  }
}
