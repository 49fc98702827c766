package io.atumdesk.workflow;

import io.atumdesk.ticket.TicketRecords;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.bpmn.model.FieldExtension;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The one delegate every service task names ({@code flowable:delegateExpression="${action}"}). It
 * reads the {@code action} field and the other fields of the calling element from the model, which
 * keeps the singleton free of injected state, and runs the named {@link ProcessAction}.
 */
@Component(ActionDispatcher.BEAN_NAME)
class ActionDispatcher implements JavaDelegate {

  static final String BEAN_NAME = "action";
  static final String ACTION_FIELD = "action";
  private final Map<String, ProcessAction> actions;

  private final TicketRecords records;
  private final DryRunLog dryRuns;

  ActionDispatcher(List<ProcessAction> actions, TicketRecords records, DryRunLog dryRuns) {
    this.records = records;
    this.dryRuns = dryRuns;
    this.actions =
        actions.stream()
            .collect(Collectors.toUnmodifiableMap(ProcessAction::name, Function.identity()));
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!(execution.getCurrentFlowElement() instanceof ServiceTask task)) {
      throw new FlowableIllegalArgumentException("Actions run from service tasks only");
    }
    Map<String, String> fields =
        task.getFieldExtensions().stream()
            .collect(
                Collectors.toMap(FieldExtension::getFieldName, FieldExtension::getStringValue));
    ProcessAction action = actions.get(fields.get(ACTION_FIELD));
    if (action == null) {
      throw new FlowableIllegalArgumentException(
          "Element '" + task.getId() + "' names unknown action '" + fields.get(ACTION_FIELD) + "'");
    }
    var missing = action.requiredParameters().stream().filter(p -> !fields.containsKey(p)).toList();
    if (!missing.isEmpty()) {
      throw new FlowableIllegalArgumentException(
          "Element '" + task.getId() + "' lacks parameters " + missing + " of " + action.name());
    }
    if (DryRuns.isSandbox(execution.getTenantId())) {
      // The guard for every action, old and new: a dry run never reaches execute().
      execution.setVariables(dryRuns.record(execution, task.getId(), action, fields));
      return;
    }
    Long ticketId = (Long) execution.getVariable(TicketProcesses.TICKET_ID);
    // The ticket names the tenant: executions of shared models do not always carry it. A process
    // without a ticket (a knowledge article's review) is started with its tenant instead.
    String tenantId =
        ticketId == null ? execution.getTenantId() : records.byId(ticketId).tenantId();
    var call =
        new ProcessAction.ActionCall(
            ticketId,
            tenantId,
            task.getId(),
            fields,
            java.util.Collections.unmodifiableMap(
                new java.util.HashMap<>(execution.getVariables())));
    execution.setVariables(action.execute(call));
  }
}
