package io.atumdesk.assist.panel;

/** A resolved ticket like the one at hand, with how it was resolved and the cosine similarity. */
public record SimilarTicket(String key, String subject, String resolution, double similarity) {

  /** The similarity in whole percent, for people. */
  public int percent() {
    return (int) Math.round(Math.max(0, similarity) * 100);
  }
}
