package io.atumdesk.workflow;

import io.atumdesk.ticket.TicketRaised;
import io.atumdesk.ticket.TicketRecords;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts a raised ticket's process in the transaction that inserted the ticket, so the row and the
 * instance never disagree. The shipped models are deployed without a tenant and serve every tenant;
 * a tenant's own published version takes precedence.
 */
@Component
class ProcessStarter {

  private final RuntimeService runtime;
  private final TicketRecords records;
  private final WorkflowProperties properties;

  ProcessStarter(RuntimeService runtime, TicketRecords records, WorkflowProperties properties) {
    this.runtime = runtime;
    this.records = records;
    this.properties = properties;
  }

  @EventListener
  void on(TicketRaised raised) {
    var instance =
        runtime
            .createProcessInstanceBuilder()
            .processDefinitionKey(TicketProcesses.processKey(raised.type()))
            .tenantId(raised.tenantId())
            .fallbackToDefaultTenant()
            .overrideProcessDefinitionTenantId(raised.tenantId())
            .businessKey(raised.key().value())
            .variables(raised.processVariables())
            .variables(
                Map.of(
                    TicketProcesses.TICKET_ID, raised.ticketId(),
                    TicketProcesses.TICKET_KEY, raised.key().value(),
                    TicketProcesses.REQUESTER, raised.requester(),
                    TicketProcesses.AUTO_CLOSE_AFTER, properties.autoCloseAfter().toString()))
            .start();
    records.attachProcess(raised.ticketId(), instance.getId());
  }
}
