package io.atumdesk.catalog;

import io.atumdesk.change.ChangeManagement;
import io.atumdesk.change.ChangeType;
import io.atumdesk.change.ChangeView;
import io.atumdesk.change.RaiseChange;
import io.atumdesk.core.Actor;
import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.LinkKind;
import io.atumdesk.ticket.LinkedTickets;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.workflow.ProcessAction;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code raiseStandardChange} with a {@code subject}: records the ordered item's work as a change
 * (a standard change: pre-approved, from the catalog), raised for the requester and linked to the
 * request as its child. The change's key is kept on the item.
 */
@Component
class RaiseStandardChangeAction implements ProcessAction {

  static final String SUBJECT = "subject";

  private final FulfilmentActions fulfilment;
  private final ChangeManagement changes;
  private final LinkedTickets links;

  /** {@code changes} is lazy: it needs the process engine, which needs this action first. */
  RaiseStandardChangeAction(
      FulfilmentActions fulfilment, @Lazy ChangeManagement changes, LinkedTickets links) {
    this.fulfilment = fulfilment;
    this.changes = changes;
    this.links = links;
  }

  @Override
  public String name() {
    return "raiseStandardChange";
  }

  @Override
  public Set<String> requiredParameters() {
    return Set.of(SUBJECT);
  }

  @Override
  public Map<String, Object> execute(ActionCall call) {
    CatalogOrder order = fulfilment.order(call);
    OrderItem item = fulfilment.item(call);
    Actor system = Actor.system(call.tenantId());
    String details =
        item.data().entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue())
            .collect(Collectors.joining("\n"));
    ChangeView change =
        TenantContext.callAs(
            call.tenantId(),
            () -> {
              ChangeView raised =
                  changes.raise(
                      system,
                      new RaiseChange(
                          ChangeType.STANDARD,
                          call.parameters().get(SUBJECT) + " for " + order.requester(),
                          "Standard change (pre-approved) for %s, item %d.\n%s"
                              .formatted(order.ticketKey(), item.position() + 1, details),
                          null,
                          null,
                          item.category(),
                          order.requester(),
                          "The catalog's standard procedure for: " + call.parameters().get(SUBJECT),
                          null,
                          null,
                          List.of(),
                          null,
                          null,
                          true));
              links.link(
                  system,
                  new TicketKey(order.ticketKey()),
                  LinkKind.PARENT_OF,
                  new TicketKey(raised.key()));
              return raised;
            });
    item.linkTo(change.key());
    return Map.of();
  }
}
