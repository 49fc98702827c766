package io.atumdesk.contact;

import java.util.Locale;

/** How a contact is known on a channel; stored by its lower-case {@link #code()}. */
public enum IdentityKind {
  EMAIL,
  PHONE,
  SLACK,
  TEAMS,
  TELEGRAM,
  CHAT;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The identity a message on {@code channel} names its sender by. */
  public static IdentityKind ofChannel(String channel) {
    return switch (channel) {
      case "email" -> EMAIL;
      case "sms" -> PHONE;
      case "slack" -> SLACK;
      case "teams" -> TEAMS;
      case "telegram" -> TELEGRAM;
      case "chat" -> CHAT;
      default -> throw new IllegalArgumentException("no identity for channel " + channel);
    };
  }

  /** The value as kept: addresses in lower case, numbers without spaces or punctuation. */
  public String normalise(String value) {
    String stripped = value.strip();
    return switch (this) {
      case EMAIL -> stripped.toLowerCase(Locale.ROOT);
      case PHONE -> stripped.replaceAll("[\\s().-]", "");
      default -> stripped;
    };
  }
}
