package io.atumdesk.change;

import io.atumdesk.cmdb.Criticality;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;

/** A change as the API and the pages show it: its ticket's key, subject and status, and its row. */
public record ChangeView(
    String key,
    String subject,
    String description,
    TicketStatus status,
    String requester,
    String category,
    ChangeType type,
    ChangeStage stage,
    String plan,
    String rollbackPlan,
    String testEvidence,
    List<String> affectedCis,
    List<String> affectedServices,
    Criticality highestCriticality,
    String risk,
    ApprovalRoute approvalRoute,
    String approval,
    Instant plannedStart,
    Instant plannedEnd,
    String overrideReason,
    ImplementationResult implementationResult,
    String implementationNotes,
    ReviewResult reviewResult,
    String reviewNotes,
    String withdrawnReason,
    List<VoteView> votes,
    long version) {

  public ChangeView {
    affectedCis = List.copyOf(affectedCis);
    affectedServices = List.copyOf(affectedServices);
    votes = List.copyOf(votes);
  }

  static ChangeView of(Change change, Ticket ticket, List<VoteView> votes) {
    return new ChangeView(
        change.ticketKey(),
        ticket.subject(),
        ticket.description(),
        ticket.status(),
        ticket.requester(),
        change.category(),
        change.type(),
        change.stage(),
        change.plan(),
        change.rollbackPlan(),
        change.testEvidence(),
        change.affectedCis(),
        change.affectedServices(),
        change.highestCriticality(),
        change.risk(),
        change.approvalRoute(),
        change.approval(),
        change.plannedStart(),
        change.plannedEnd(),
        change.overrideReason(),
        change.implementationResult(),
        change.implementationNotes(),
        change.reviewResult(),
        change.reviewNotes(),
        change.withdrawnReason(),
        votes,
        change.version());
  }
}
