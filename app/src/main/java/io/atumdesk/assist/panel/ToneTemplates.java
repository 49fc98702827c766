package io.atumdesk.assist.panel;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Suggested replies without any model: one template per tone and language in the message bundles
 * ({@code assist.reply.<tone>} with a matched resolution, {@code assist.reply.<tone>.open} without
 * one). The ticket's values are arguments of the message, so nothing the customer wrote is ever
 * read as a pattern.
 */
@Component
class ToneTemplates {

  /** The languages the bundles carry replies in; others get English. */
  static final Locale GERMAN = Locale.GERMAN;

  private final MessageSource messages;

  ToneTemplates(MessageSource messages) {
    this.messages = messages;
  }

  String render(Tone tone, ReplyFacts facts) {
    boolean resolved = facts.resolution() != null && !facts.resolution().isBlank();
    String code = "assist.reply." + tone.key() + (resolved ? "" : ".open");
    Object[] args = {facts.firstName(), facts.key(), resolved ? facts.resolution().strip() : ""};
    return messages.getMessage(code, args, facts.language());
  }

  Map<Tone, String> renderAll(ReplyFacts facts) {
    Map<Tone, String> replies = new EnumMap<>(Tone.class);
    for (Tone tone : Tone.values()) {
      replies.put(tone, render(tone, facts));
    }
    return replies;
  }

  /** German for German customers, English for everyone else. */
  static Locale replyLanguage(String detectedCode) {
    return "de".equals(detectedCode) ? GERMAN : Locale.ENGLISH;
  }
}
