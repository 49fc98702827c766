package io.atumdesk.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Runs an action the dry-run way ({@link ProcessAction#dryRun}) and keeps what it did in a process
 * variable of the sandboxed instance, so the studio can show the decisions made with their inputs.
 */
@Component
class DryRunLog {

  static final String VARIABLE = "atumDryRunLog";

  Map<String, Object> record(
      DelegateExecution execution,
      String elementId,
      ProcessAction action,
      Map<String, String> fields) {
    var call =
        new ProcessAction.ActionCall(
            null,
            DryRuns.designerTenant(execution.getTenantId()),
            elementId,
            fields,
            java.util.Collections.unmodifiableMap(new HashMap<>(execution.getVariables())));
    ProcessAction.DryRunOutcome outcome = action.dryRun(call);
    // Plain strings in plain collections: the engine stores the log as a serializable variable.
    HashMap<String, String> entry = new HashMap<>();
    entry.put("elementId", elementId);
    entry.put("action", action.name());
    entry.put("ran", String.valueOf(outcome.ran()));
    entry.put("summary", outcome.summary());
    entry.put("inputs", line(outcome.inputs()));
    entry.put("outputs", line(outcome.variables()));
    ArrayList<HashMap<String, String>> log =
        new ArrayList<>(entries(execution.getVariable(VARIABLE)));
    log.add(entry);
    Map<String, Object> variables = new HashMap<>(outcome.variables());
    variables.put(VARIABLE, log);
    return variables;
  }

  @SuppressWarnings("unchecked")
  static List<HashMap<String, String>> entries(Object variable) {
    return variable instanceof List<?> list ? (List<HashMap<String, String>>) list : List.of();
  }

  private static String line(Map<String, ?> values) {
    return values.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " = " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
