package io.atumdesk.assist;

import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.ticket.TicketStatus;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Each ticket's vector of its subject and description, and nearest-neighbour search over them in
 * the current tenant (the search session carries the tenant, like every query here). Vectors are
 * written off the request path by {@link TicketVectorWorker}; a ticket may briefly have none.
 */
@Service
public class TicketVectors {

  private final EntityManager entityManager;
  private final TicketVectorRepository vectors;
  private final TextEmbeddings embeddings;
  private final TicketRecords tickets;
  private final TransactionOperations transactions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  TicketVectors(
      EntityManager entityManager,
      TicketVectorRepository vectors,
      TextEmbeddings embeddings,
      TicketRecords tickets,
      TransactionOperations transactions,
      ApplicationEventPublisher events,
      Clock clock) {
    this.entityManager = entityManager;
    this.vectors = vectors;
    this.embeddings = embeddings;
    this.tickets = tickets;
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
  }

  /**
   * The tickets nearest to {@code vector} in the current tenant, best first, leaving out {@code
   * excludedTicketIds} (the ticket itself, say).
   */
  public List<TicketMatch> nearest(
      float[] vector, int limit, TicketScope scope, Collection<Long> excludedTicketIds) {
    if (limit <= 0 || vector.length != embeddings.dimension()) {
      return List.of();
    }
    return transactions.execute(
        status ->
            Search.session(entityManager)
                .search(TicketVector.class)
                .select(
                    f ->
                        f.composite()
                            .from(f.id(Long.class), f.score())
                            // Lucene scores a dot product as (1 + dot) / 2.
                            .as((id, score) -> new TicketMatch(id, 2.0 * score - 1.0)))
                .where(
                    f ->
                        f.knn(limit)
                            .field("vector")
                            .matching(vector)
                            .filter(filter(f, scope, excludedTicketIds)))
                .fetchHits(limit));
  }

  public Optional<float[]> vectorOf(long ticketId) {
    return transactions.execute(status -> vectors.findById(ticketId).map(TicketVector::vector));
  }

  public Map<Long, float[]> vectorsOf(Collection<Long> ticketIds) {
    return transactions.execute(
        status -> {
          Map<Long, float[]> found = new HashMap<>();
          for (TicketVector stored : vectors.findAllById(ticketIds)) {
            found.put(stored.ticketId(), stored.vector());
          }
          return found;
        });
  }

  /** Embeds the ticket's current text again, now, in the current tenant. */
  public void refresh(long ticketId) {
    store(ticketId, TenantContext.required());
  }

  /** Embeds and stores one ticket's text as its tenant; the model runs outside any transaction. */
  void store(long ticketId, String tenantId) {
    TenantContext.runAs(
        tenantId,
        () -> {
          Ticket ticket = transactions.execute(status -> tickets.byId(ticketId));
          Optional<float[]> vector = embeddings.embed(text(ticket));
          if (vector.isEmpty()) {
            return;
          }
          transactions.executeWithoutResult(
              status -> {
                var now = clock.instant();
                boolean resolved = isResolved(tickets.byId(ticketId).status());
                vectors
                    .findById(ticketId)
                    .ifPresentOrElse(
                        stored -> stored.update(vector.get(), resolved, now),
                        () ->
                            vectors.save(
                                new TicketVector(
                                    ticketId, vector.get(), resolved, ticket.createdAt(), now)));
                events.publishEvent(new TicketVectorized(ticketId, tenantId));
              });
        });
  }

  /** Keeps the index's open/resolved flag in step with the ticket's status. */
  void markStatus(long ticketId, String tenantId, TicketStatus status) {
    TenantContext.runAs(
        tenantId,
        () ->
            transactions.executeWithoutResult(
                tx ->
                    vectors
                        .findById(ticketId)
                        .ifPresent(
                            stored -> stored.markResolved(isResolved(status), clock.instant()))));
  }

  static String text(Ticket ticket) {
    String description = ticket.description();
    return description == null || description.isBlank()
        ? ticket.subject()
        : ticket.subject() + "\n" + description;
  }

  private static boolean isResolved(TicketStatus status) {
    return status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED;
  }

  private static PredicateFinalStep filter(
      SearchPredicateFactory f, TicketScope scope, Collection<Long> excluded) {
    return f.bool()
        .with(
            clauses -> {
              clauses.must(f.matchAll());
              if (scope != TicketScope.ANY) {
                clauses.must(f.match().field("resolved").matching(scope == TicketScope.RESOLVED));
              }
              if (excluded != null && !excluded.isEmpty()) {
                clauses.mustNot(f.id().matchingAny(excluded));
              }
            });
  }
}
