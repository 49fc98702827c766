package io.atumdesk.problem;

import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketField;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.workflow.ProcessAction;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code resolveProblem}: records how the problem ended (fixed by its change, or accepted without a
 * fix) as its resolution, and passes the resolution on to its open incidents.
 */
@Component
class ResolveProblemAction implements ProcessAction {

  private final TicketRecords records;
  private final ProblemReader reader;
  private final LinkedIncidents incidents;
  private final Clock clock;

  ResolveProblemAction(
      TicketRecords records, ProblemReader reader, LinkedIncidents incidents, Clock clock) {
    this.records = records;
    this.reader = reader;
    this.incidents = incidents;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "resolveProblem";
  }

  @Override
  public Set<String> requiredParameters() {
    return Set.of();
  }

  @Override
  public Map<String, Object> execute(ActionCall call) {
    Ticket ticket = records.byId(call.ticketId());
    Problem problem = reader.row(ticket);
    Object note = call.variables().get(ProblemFlow.FIX_NOTE);
    boolean byChange = ProblemFlow.FIX_BY_CHANGE.equals(call.variables().get(ProblemFlow.FIX));
    String resolution =
        byChange
            ? "Fixed by change " + problem.fixChangeKey() + (note == null ? "" : ". " + note)
            : "No fix: accepted. " + (note == null ? "" : note);
    problem.resolved(
        byChange ? FixState.FIXED : FixState.ACCEPTED,
        note == null ? null : note.toString(),
        clock.instant());
    records.change(ticket.id(), TicketField.RESOLUTION, resolution.strip(), "system");
    incidents.problemResolved(ticket, resolution.strip());
    return Map.of();
  }
}
