package io.atumdesk.problem;

import static io.atumdesk.problem.ProblemFlow.CAUSE_CATEGORY;
import static io.atumdesk.problem.ProblemFlow.ROOT_CAUSE;
import static io.atumdesk.problem.ProblemFlow.SYMPTOM;
import static io.atumdesk.problem.ProblemFlow.TIMELINE;
import static io.atumdesk.problem.ProblemFlow.WHY;
import static io.atumdesk.problem.ProblemFlow.WORKAROUND;

import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.workflow.ProcessAction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code publishKnownError}: stores the investigation and the known error the investigation step
 * left, publishes it (from now on it shows on matching incidents), and puts the workaround as an
 * internal note on every open incident linked to the problem, for the agents working them.
 */
@Component
class PublishKnownErrorAction implements ProcessAction {

  private final TicketRecords records;
  private final ProblemReader reader;
  private final LinkedIncidents incidents;
  private final Clock clock;

  PublishKnownErrorAction(
      TicketRecords records, ProblemReader reader, LinkedIncidents incidents, Clock clock) {
    this.records = records;
    this.reader = reader;
    this.incidents = incidents;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "publishKnownError";
  }

  @Override
  public Set<String> requiredParameters() {
    return Set.of();
  }

  @Override
  public Map<String, Object> execute(ActionCall call) {
    Map<String, Object> vars = call.variables();
    List<String> whys = new ArrayList<>();
    for (int i = 1; i <= Investigation.WHYS; i++) {
      whys.add(text(vars.get(WHY + i)));
    }
    String cause = text(vars.get(CAUSE_CATEGORY));
    var investigation =
        new Investigation(
            text(vars.get(TIMELINE)),
            whys,
            cause == null ? null : CauseCategory.valueOf(cause),
            text(vars.get(ROOT_CAUSE)));
    Ticket ticket = records.byId(call.ticketId());
    String by = ticket.assignee() == null ? "system" : ticket.assignee();
    String symptom = text(vars.get(SYMPTOM));
    String workaround = text(vars.get(WORKAROUND));
    Problem problem = reader.row(ticket);
    problem.investigate(investigation, clock.instant());
    problem.publish(symptom, workaround, ticket.category(), by, clock.instant());
    records.recordEvent(
        ticket.id(),
        by,
        "Known error published\nSymptom: %s\nWorkaround: %s".formatted(symptom, workaround),
        Map.of("symptom", symptom, "workaround", workaround));
    incidents
        .open(ticket)
        .forEach(
            incident ->
                records.reply(
                    incident.id(),
                    by,
                    "Known error %s: %s\nWorkaround: %s"
                        .formatted(ticket.key(), symptom, workaround),
                    true));
    return Map.of();
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
