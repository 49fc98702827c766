package io.atumdesk.catalog;

import io.atumdesk.workflow.ProcessAction;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code completeFulfilment}: the item is fulfilled. */
@Component
class CompleteFulfilmentAction implements ProcessAction {

  private final FulfilmentActions fulfilment;

  CompleteFulfilmentAction(FulfilmentActions fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public String name() {
    return "completeFulfilment";
  }

  @Override
  public Set<String> requiredParameters() {
    return Set.of();
  }

  @Override
  public Map<String, Object> execute(ActionCall call) {
    fulfilment.move(call, fulfilment.item(call), ItemStatus.FULFILLED, "Item %d fulfilled: %s");
    return Map.of();
  }
}
