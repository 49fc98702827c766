package io.atumdesk.chat;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A chat written out as a ticket's subject and description, in plain text. */
record Transcript(String subject, String text) {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
  private static final int MAX_SUBJECT = 200;
  private static final int MAX_TEXT = 19_000;

  static Transcript of(Visitor visitor, List<MessageView> lines) {
    String first =
        lines.stream()
            .filter(m -> "visitor".equals(m.author()) && m.text() != null && !m.text().isBlank())
            .map(MessageView::text)
            .findFirst()
            .orElse("(no message)");
    String subject = cut("Chat with " + visitor.displayName() + ": " + first.strip(), MAX_SUBJECT);
    var text = new StringBuilder("Web chat transcript\n\n");
    for (MessageView line : lines) {
      if ("system".equals(line.author())) {
        continue;
      }
      text.append('[').append(TIME.format(line.at())).append("] ");
      text.append(line.name() == null ? line.author() : line.name()).append(": ");
      if (line.text() != null) {
        text.append(line.text());
      }
      if (line.file() != null) {
        text.append(line.text() == null ? "" : " ").append("(file ").append(line.file().name());
        text.append(line.file().quarantineReason() == null ? ")" : ", quarantined)");
      }
      text.append('\n');
    }
    return new Transcript(subject.replace('\n', ' '), cut(text.toString(), MAX_TEXT));
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
