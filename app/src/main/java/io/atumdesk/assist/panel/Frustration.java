package io.atumdesk.assist.panel;

import java.util.List;

/**
 * How frustrated the customer of a ticket seems, 0 to 100, with the signals that make up the score
 * so an agent can check each one.
 *
 * @param frustrated whether the score reached the configured threshold
 */
public record Frustration(int score, boolean frustrated, List<Signal> signals) {

  /** What a signal looked at. */
  public enum Kind {
    /** Frustration words (English and German), runs of exclamation marks, words in capitals. */
    WORDING,
    /** Customer messages nearly identical to an earlier one (sentence embeddings). */
    REPETITION,
    /** How often the ticket was reopened after a resolution. */
    REOPENED,
    /** Hours since the customer's oldest message that nobody answered yet. */
    WAITING
  }

  /**
   * One signal with the points it adds and what it counted: words and marks found, repeated
   * messages, reopenings or whole hours waiting; {@code terms} are the words found.
   */
  public record Signal(Kind kind, int points, int count, List<String> terms) {}

  public Frustration {
    signals = List.copyOf(signals);
  }
}
