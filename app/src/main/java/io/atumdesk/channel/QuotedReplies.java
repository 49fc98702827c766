package io.atumdesk.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the quoted earlier conversation off a reply, so the timeline shows only the new text: lines
 * starting with '>', and everything from the first reply header of Gmail, Apple Mail, German
 * clients or Outlook on.
 */
final class QuotedReplies {

  private static final List<Pattern> REPLY_HEADERS =
      List.of(
          Pattern.compile("^On\\b.{0,300}\\bwrote:\\s*$", Pattern.CASE_INSENSITIVE),
          Pattern.compile("^Am\\b.{0,300}\\bschrieb.{0,200}:\\s*$", Pattern.CASE_INSENSITIVE),
          Pattern.compile(
              "^-{2,}\\s*(Original Message|Ursprüngliche Nachricht)\\s*-{2,}\\s*$",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile("^_{10,}\\s*$"),
          Pattern.compile("^(From|Von):\\s.+$", Pattern.CASE_INSENSITIVE));

  private static final Pattern SENT_LINE =
      Pattern.compile("^(Sent|Gesendet|Date|Datum):\\s.+$", Pattern.CASE_INSENSITIVE);

  private QuotedReplies() {}

  static String strip(String text) {
    if (text == null) {
      return "";
    }
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (startsQuote(lines, i, line)) {
        break;
      }
      if (!line.startsWith(">")) {
        kept.add(lines[i]);
      }
    }
    String result = String.join("\n", kept).strip();
    // A mail that is nothing but a quote keeps its text rather than becoming empty.
    return result.isEmpty() ? text.strip() : result;
  }

  /** A reply header; "From: ..." only when a "Sent:" or "Date:" line follows, as Outlook writes. */
  private static boolean startsQuote(String[] lines, int index, String line) {
    for (int p = 0; p < REPLY_HEADERS.size(); p++) {
      if (REPLY_HEADERS.get(p).matcher(line).matches()) {
        return p < REPLY_HEADERS.size() - 1 || followedBySent(lines, index);
      }
    }
    // Gmail wraps long "On ... wrote:" headers over two lines.
    return line.startsWith("On ")
        && index + 1 < lines.length
        && lines[index + 1].strip().endsWith("wrote:");
  }

  private static boolean followedBySent(String[] lines, int index) {
    for (int i = index + 1; i < Math.min(lines.length, index + 4); i++) {
      if (SENT_LINE.matcher(lines[i].strip()).matches()) {
        return true;
      }
    }
    return false;
  }
}
