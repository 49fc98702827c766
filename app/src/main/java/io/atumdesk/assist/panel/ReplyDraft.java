package io.atumdesk.assist.panel;

/**
 * A suggested reply and where it came from; {@code fallback} says why a template stands in for the
 * model's draft that was asked for.
 */
public record ReplyDraft(Tone tone, String text, Source source, Fallback fallback) {

  /** Who wrote the text. */
  public enum Source {
    TEMPLATE,
    MODEL
  }

  /** Why the model's draft is not shown. */
  public enum Fallback {
    NONE,
    /** No answer: off, unreachable, too slow, an error status or no content. */
    UNAVAILABLE,
    /** An answer came but was not usable (it repeated its instructions, or was empty). */
    REFUSED
  }

  static ReplyDraft template(Tone tone, String text) {
    return new ReplyDraft(tone, text, Source.TEMPLATE, Fallback.NONE);
  }
}
