package io.atumdesk.assist.similar;

import io.atumdesk.ticket.TicketStatus;
import java.util.List;

/**
 * What a ticket's similar tickets card and {@code GET /api/v1/tickets/{key}/similar} show.
 *
 * @param pending the ticket's vector is not computed yet (it is, right after the ticket's commit)
 * @param open the most similar open tickets, best first
 * @param resolved the most similar resolved or closed tickets with their resolution, best first
 * @param duplicate the likely duplicate flagged for this ticket, or null
 * @param storm the alert storm this ticket leads or belongs to, or null
 */
public record SimilarTicketsView(
    boolean pending, List<Similar> open, List<Similar> resolved, Duplicate duplicate, Storm storm) {

  /** Another ticket and its cosine similarity to this one (0 to 1). */
  public record Similar(
      String key, String subject, TicketStatus status, double score, String resolution) {}

  /** The older open ticket this one likely duplicates; {@code state} OPEN until decided. */
  public record Duplicate(String of, String subject, double score, String state, String decidedBy) {

    public boolean undecided() {
      return "OPEN".equals(state);
    }
  }

  /**
   * An alert storm: its parent incident and how many tickets are grouped under it (the first few
   * named); {@code parent} is this ticket when it leads the storm.
   */
  public record Storm(String parent, boolean leads, long children, List<String> firstChildren) {}
}
