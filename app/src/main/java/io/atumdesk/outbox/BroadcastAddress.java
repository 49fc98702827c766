package io.atumdesk.outbox;

import java.util.Map;
import java.util.regex.Pattern;

/** Which recipient addresses each channel can send to. */
final class BroadcastAddress {

  private static final Map<String, Pattern> FORMS =
      Map.of(
          "sms", Pattern.compile("\\+[1-9]\\d{6,14}"),
          "email", Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+"));
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9:_.@#-]{1,320}");

  private BroadcastAddress() {}

  /** An address the channel takes, and one the outbox can store (320 characters at most). */
  static boolean valid(String channel, String address) {
    return address.length() <= 320
        && FORMS.getOrDefault(channel == null ? "" : channel, ID).matcher(address).matches();
  }

  static String expected(String channel) {
    return switch (channel == null ? "" : channel) {
      case "sms" -> "a phone number in E.164 form, like +4915123456789";
      case "email" -> "a mail address";
      default -> "a chat, channel or user id";
    };
  }
}
