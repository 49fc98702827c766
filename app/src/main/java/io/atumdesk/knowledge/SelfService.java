package io.atumdesk.knowledge;

import java.time.Instant;

/**
 * The knowledge dashboard's figures over a period. The self-service rate is the share of settled
 * suggested reads that were deflected: a customer opened an article suggested while typing a new
 * ticket's subject, and raised no ticket within the deflection window after it. A read is settled
 * once its window has passed; younger reads are not counted yet, so the rate never rises while a
 * customer may still give up and raise the ticket.
 */
public record SelfService(
    Instant from,
    Instant to,
    long settledReads,
    long deflected,
    long published,
    long inReview,
    long drafts,
    long helpful,
    long notHelpful) {

  /** Deflected / settled reads, or null when no read is settled (no rate rather than 0 %). */
  public Double rate() {
    return settledReads == 0 ? null : (double) deflected / settledReads;
  }
}
