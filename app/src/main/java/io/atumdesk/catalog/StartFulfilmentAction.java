package io.atumdesk.catalog;

import io.atumdesk.workflow.ProcessAction;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code startFulfilment}: the item (and so its order) is being fulfilled. */
@Component
class StartFulfilmentAction implements ProcessAction {

  private final FulfilmentActions fulfilment;

  StartFulfilmentAction(FulfilmentActions fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Override
  public String name() {
    return "startFulfilment";
  }

  @Override
  public Set<String> requiredParameters() {
    return Set.of();
  }

  @Override
  public Map<String, Object> execute(ActionCall call) {
    fulfilment.order(call).moveTo(OrderStatus.IN_FULFILMENT);
    fulfilment.move(
        call, fulfilment.item(call), ItemStatus.IN_FULFILMENT, "Fulfilling item %d: %s");
    return Map.of();
  }
}
