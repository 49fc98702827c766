package io.atumdesk.assist.triage;

import io.atumdesk.assist.TicketVectors;
import io.atumdesk.core.Actor;
import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketFilter;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * What a tenant's model learns from, newest first up to {@code max-examples}: every resolved or
 * closed incident and request with its final fields (so whatever agents changed is in them), and
 * the fields of open tickets that someone changed after triage saw them raised (a correction is a
 * label at once). The demo tenants add the shipped corpus.
 */
@Component
class TrainingExamples {

  private static final int PAGE = 500;
  private static final Set<TicketStatus> DONE = Set.of(TicketStatus.RESOLVED, TicketStatus.CLOSED);

  private final TicketManagement tickets;
  private final TicketVectors vectors;
  private final TriageSuggestions suggestions;
  private final CorpusVectors corpus;
  private final TriageProperties properties;

  TrainingExamples(
      TicketManagement tickets,
      TicketVectors vectors,
      TriageSuggestions suggestions,
      CorpusVectors corpus,
      TriageProperties properties) {
    this.tickets = tickets;
    this.vectors = vectors;
    this.suggestions = suggestions;
    this.corpus = corpus;
    this.properties = properties;
  }

  /** The tenant's examples, read in the tenant's context whichever context the caller is in. */
  List<LabelledVector> of(String tenantId) {
    List<LabelledVector> examples =
        new ArrayList<>(TenantContext.callAs(tenantId, () -> fromTickets(Actor.system(tenantId))));
    if (properties.corpusTenants().contains(tenantId)) {
      examples.addAll(corpus.examples());
    }
    return examples;
  }

  private List<LabelledVector> fromTickets(Actor system) {
    var filter =
        new TicketFilter(
            null,
            Set.of(TicketType.INCIDENT, TicketType.SERVICE_REQUEST),
            null,
            null,
            null,
            null,
            null);
    List<LabelledVector> examples = new ArrayList<>();
    for (int page = 0; examples.size() < properties.maxExamples(); page++) {
      var batch =
          tickets.search(
              system, filter, PageRequest.of(page, PAGE, Sort.by(Sort.Direction.DESC, "id")));
      List<Long> ids = batch.getContent().stream().map(Ticket::id).toList();
      Map<Long, float[]> known = vectors.vectorsOf(ids);
      Map<Long, List<TriageSuggestion>> suggested =
          suggestions.findByTicketIdIn(ids).stream()
              .collect(Collectors.groupingBy(TriageSuggestion::ticketId));
      for (Ticket ticket : batch) {
        float[] vector = known.get(ticket.id());
        if (vector != null) {
          labelled(ticket, vector, suggested.getOrDefault(ticket.id(), List.of()))
              .ifPresent(examples::add);
        }
      }
      if (!batch.hasNext()) {
        break;
      }
    }
    return examples.size() > properties.maxExamples()
        ? examples.subList(0, properties.maxExamples())
        : examples;
  }

  private static Optional<LabelledVector> labelled(
      Ticket ticket, float[] vector, List<TriageSuggestion> suggested) {
    Map<TriageField, String> labels = new EnumMap<>(TriageField.class);
    for (TriageField field : TriageField.values()) {
      labels.put(field, valueOf(ticket, field));
    }
    if (!DONE.contains(ticket.status())) {
      // Open: only fields someone changed after the ticket was raised teach anything yet.
      Set<TriageField> corrected =
          suggested.stream()
              .filter(s -> s.correctedTo(labels.get(s.field())))
              .map(TriageSuggestion::field)
              .collect(Collectors.toSet());
      labels.keySet().retainAll(corrected);
    }
    if (labels.values().stream().allMatch(Objects::isNull)) {
      return Optional.empty();
    }
    return Optional.of(
        new LabelledVector(
            vector,
            TriageText.of(ticket.subject(), ticket.description()),
            labels.get(TriageField.CATEGORY),
            labels.get(TriageField.PRIORITY),
            labels.get(TriageField.ASSIGNMENT_GROUP)));
  }

  static String valueOf(Ticket ticket, TriageField field) {
    return switch (field) {
      case CATEGORY -> ticket.category();
      case PRIORITY -> ticket.priority() == null ? null : ticket.priority().name();
      case ASSIGNMENT_GROUP -> ticket.assignmentGroup();
    };
  }
}
