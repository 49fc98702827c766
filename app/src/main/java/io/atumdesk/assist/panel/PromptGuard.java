package io.atumdesk.assist.panel;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The prompt-injection defences every request to the local model shares: ticket text travels as
 * data between marker lines carrying a random nonce, with anything marker-like in it defused; the
 * answer is untrusted, stripped of markup and control characters, cut to length, and refused when
 * it names the nonce, a marker or a line of the rules.
 */
final class PromptGuard {

  private static final Pattern MARKUP = Pattern.compile("<[^<>]{0,200}>");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

  /** Anything that starts like one of the marker lines, whatever the customer guessed after it. */
  private static final Pattern MARKER_LIKE =
      Pattern.compile("(END-)?(TICKET|RESOLUTION)-", Pattern.CASE_INSENSITIVE);

  private static final SecureRandom RANDOM = new SecureRandom();

  private PromptGuard() {}

  /** A fresh nonce for one request's markers. */
  static String nonce() {
    byte[] nonce = new byte[8];
    RANDOM.nextBytes(nonce);
    return HexFormat.of().formatHex(nonce);
  }

  /** Ticket text as data: cut, without control characters, and unable to forge a marker. */
  static String defuse(String text, int max) {
    if (text == null) {
      return "";
    }
    String head = text.length() > max ? text.substring(0, max) : text;
    head = CONTROL.matcher(head).replaceAll("");
    return MARKER_LIKE.matcher(head).replaceAll("[marker removed]");
  }

  /** Plain text of at most {@code max} characters, cut at a word where possible. */
  static String clean(String answer, int max) {
    String text = CONTROL.matcher(MARKUP.matcher(answer).replaceAll("")).replaceAll("");
    text = text.replaceAll("\\n{3,}", "\n\n").strip();
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max - 1);
    return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
  }

  /** Whether the answer names the nonce, a marker, or repeats a line of the rules. */
  static boolean leaks(String text, String nonce, String... telltales) {
    if (text.contains(nonce) || MARKER_LIKE.matcher(text).find()) {
      return true;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String telltale : telltales) {
      if (lower.contains(telltale.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
