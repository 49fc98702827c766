package io.atumdesk.change;

import io.atumdesk.core.TenantContext;
import io.atumdesk.workflow.ProcessAction;
import java.util.Map;
import java.util.Set;

/**
 * A named action of the change process. It runs inside the ticket's tenant, since a timer or job
 * may run it on a thread that has none, so tenant-filtered queries see the change's rows.
 */
abstract class ChangeAction implements ProcessAction {

  private final String name;
  private final Set<String> parameters;

  ChangeAction(String name, Set<String> parameters) {
    this.name = name;
    this.parameters = Set.copyOf(parameters);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<String> requiredParameters() {
    return parameters;
  }

  @Override
  public Map<String, Object> execute(ActionCall call) {
    return TenantContext.callAs(call.tenantId(), () -> run(call));
  }

  abstract Map<String, Object> run(ActionCall call);
}
