package io.atumdesk.workflow;

import io.atumdesk.sla.SlaClocks;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code startSlaClocks}: starts the ticket's first response and resolution clocks from the process
 * variables {@code firstResponseTarget}, {@code resolutionTarget} (ISO-8601 durations) and {@code
 * calendar}, which the SLA policy table sets in the step before.
 */
@Component
class StartSlaClocksAction implements ProcessAction {

  private final SlaClocks clocks;

  StartSlaClocksAction(SlaClocks clocks) {
    this.clocks = clocks;
  }

  @Override
  public String name() {
    return "startSlaClocks";
  }

  @Override
  public Set<String> requiredParameters() {
    return Set.of();
  }

  @Override
  public Map<String, Object> execute(ActionCall call) {
    clocks.startTicketClocks(
        call.ticketId(),
        call.tenantId(),
        text(call.variables().get("firstResponseTarget")),
        text(call.variables().get("resolutionTarget")),
        text(call.variables().get("calendar")));
    return Map.of();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
