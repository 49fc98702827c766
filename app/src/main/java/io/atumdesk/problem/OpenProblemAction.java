package io.atumdesk.problem;

import io.atumdesk.ticket.TicketField;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.workflow.ProcessAction;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code openProblem}: gives the problem its row (a problem raised as a plain ticket has none yet)
 * and hands it to the problem group the model names in {@code group}, which the steps after it
 * offer their tasks to as {@code assignmentGroup}.
 */
@Component
class OpenProblemAction implements ProcessAction {

  static final String GROUP = "group";

  private final TicketRecords records;
  private final ProblemReader reader;

  OpenProblemAction(TicketRecords records, ProblemReader reader) {
    this.records = records;
    this.reader = reader;
  }

  @Override
  public String name() {
    return "openProblem";
  }

  @Override
  public Set<String> requiredParameters() {
    return Set.of(GROUP);
  }

  @Override
  public Map<String, Object> execute(ActionCall call) {
    String group = call.parameters().get(GROUP);
    reader.row(records.byId(call.ticketId()));
    records.change(call.ticketId(), TicketField.ASSIGNMENT_GROUP, group, "system");
    return Map.of("assignmentGroup", group);
  }
}
