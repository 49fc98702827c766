package io.atumdesk.workflow;

import io.atumdesk.ticket.TicketRecords;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code reopenTicket}: counts a rejected resolution and notes it on the timeline. */
@Component
class ReopenTicketAction implements ProcessAction {

  private final TicketRecords records;

  ReopenTicketAction(TicketRecords records) {
    this.records = records;
  }

  @Override
  public String name() {
    return "reopenTicket";
  }

  @Override
  public Set<String> requiredParameters() {
    return Set.of();
  }

  @Override
  public Map<String, Object> execute(ActionCall call) {
    records.reopen(
        call.ticketId(), String.valueOf(call.variables().getOrDefault("requester", "system")));
    return Map.of();
  }
}
