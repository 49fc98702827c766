package io.atumdesk.workflow;

import io.atumdesk.ticket.TicketField;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.ticket.TicketStatus;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends a ticket's process before it reached its end, for a ticket that needs no more work (a
 * duplicate merged into another): Flowable cancels the instance with the reason, its open tasks and
 * the processes it called, and keeps it in its history; the ticket is closed, which stops its
 * clocks. In the caller's transaction.
 */
@Service
public class ProcessEnding {

  private final RuntimeService runtime;
  private final TicketRecords records;

  ProcessEnding(RuntimeService runtime, TicketRecords records) {
    this.runtime = runtime;
    this.records = records;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void end(Long ticketId, String reason, String actor) {
    String instanceId = records.byId(ticketId).processInstanceId();
    boolean running =
        instanceId != null
            && runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0;
    if (running) {
      runtime.deleteProcessInstance(instanceId, reason);
    }
    records.recordEvent(
        ticketId, actor, "Process ended: " + reason, Map.of("processEnded", running));
    records.change(ticketId, TicketField.STATUS, TicketStatus.CLOSED, actor);
  }
}
