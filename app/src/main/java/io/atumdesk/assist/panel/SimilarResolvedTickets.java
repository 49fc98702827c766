package io.atumdesk.assist.panel;

import io.atumdesk.assist.TextEmbeddings;
import io.atumdesk.assist.TicketMatch;
import io.atumdesk.assist.TicketScope;
import io.atumdesk.assist.TicketVectors;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketRecords;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The resolved tickets of the tenant nearest to a ticket, by the stored vector of its subject and
 * description (embedded now only if the ticket has none yet), with their resolutions.
 */
@Component
class SimilarResolvedTickets {

  /** Below this cosine similarity a "similar" ticket is noise for this model. */
  static final double MINIMUM = 0.45;

  static final int LIMIT = 5;

  private final TicketVectors vectors;
  private final TextEmbeddings embeddings;
  private final TicketRecords records;

  SimilarResolvedTickets(TicketVectors vectors, TextEmbeddings embeddings, TicketRecords records) {
    this.vectors = vectors;
    this.embeddings = embeddings;
    this.records = records;
  }

  /** Runs in the current tenant ({@code TenantContext}), like the vector search it uses. */
  List<SimilarTicket> to(Ticket ticket) {
    Optional<float[]> vector =
        vectors
            .vectorOf(ticket.id())
            .or(() -> embeddings.embed(text(ticket.subject(), ticket.description())));
    if (vector.isEmpty()) {
      return List.of();
    }
    return vectors.nearest(vector.get(), LIMIT, TicketScope.RESOLVED, List.of(ticket.id())).stream()
        .filter(match -> match.score() >= MINIMUM)
        .map(match -> similar(ticket, match))
        .filter(Objects::nonNull)
        .toList();
  }

  private SimilarTicket similar(Ticket ticket, TicketMatch match) {
    Ticket other = records.byId(match.ticketId());
    if (!other.tenantId().equals(ticket.tenantId())) {
      return null;
    }
    return new SimilarTicket(
        other.key().value(), other.subject(), other.resolution(), match.score());
  }

  private static String text(String subject, String description) {
    return description == null ? subject : subject + "\n" + description;
  }
}
