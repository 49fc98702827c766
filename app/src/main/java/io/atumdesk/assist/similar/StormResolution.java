package io.atumdesk.assist.similar;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketField;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketStatusChanged;
import io.atumdesk.workflow.TaskInbox;
import io.atumdesk.workflow.TaskView;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resolves an alert storm's children with their parent. Once the parent's resolution (or closing)
 * committed, each child still open is resolved through its own process the way the problem module
 * resolves its incidents: the parent's resolution is copied onto it and its waiting "resolve" step
 * completed (a pending child is resumed first), so its status, SLA clocks and requester's
 * confirmation follow the usual path. A child already resolved or closed is left alone, which also
 * makes a second run change nothing; a child whose process has no such step stays open with the
 * reason on its timeline. Reopening the parent does nothing to the children.
 */
@Component
class StormResolution {

  static final String RESOLVE_STEP = "resolveIncident";
  static final String AWAIT_REQUESTER = "awaitRequester";
  private static final Set<TicketStatus> DONE =
      EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CLOSED);
  private static final Logger log = LoggerFactory.getLogger(StormResolution.class);

  private final StormChildren storms;
  private final TicketRecords records;
  private final TaskInbox tasks;
  private final TransactionTemplate transaction;

  StormResolution(
      StormChildren storms,
      TicketRecords records,
      TaskInbox tasks,
      PlatformTransactionManager transactions) {
    this.storms = storms;
    this.records = records;
    this.tasks = tasks;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * After the parent's commit, off its thread. No transaction of its own (it would open in the root
   * tenant): each child gets one, in the storm's tenant. An unexpected failure is thrown after all
   * children were tried, so the event publication stays incomplete and can be resubmitted.
   */
  @Async
  @TransactionalEventListener
  void on(TicketStatusChanged changed) {
    if (DONE.contains(changed.to())) {
      TenantContext.runAs(changed.tenantId(), () -> resolveChildrenOf(changed.ticketId()));
    }
  }

  private record Storm(Ticket parent, List<Long> children) {}

  void resolveChildrenOf(Long parentId) {
    Storm storm =
        transaction.execute(
            status ->
                new Storm(
                    records.byId(parentId),
                    storms.findByParentTicketIdOrderByIdAsc(parentId).stream()
                        .map(StormChild::childTicketId)
                        .toList()));
    // Reopened before this ran: the storm is still being worked.
    if (storm.children().isEmpty() || !DONE.contains(storm.parent().status())) {
      return;
    }
    long failed =
        storm.children().stream().filter(child -> !resolve(storm.parent(), child)).count();
    if (failed > 0) {
      throw new IllegalStateException(
          "%d children of %s could not be resolved with it"
              .formatted(failed, storm.parent().key()));
    }
  }

  /** False only for an unexpected failure; a refusal is on the child's timeline. */
  private boolean resolve(Ticket parent, Long childId) {
    try {
      transaction.executeWithoutResult(status -> resolveWith(parent, childId));
      return true;
    } catch (ConflictException | NotFoundException refused) {
      keptOpen(parent, childId, refused.getMessage());
      return true;
    } catch (RuntimeException unexpected) {
      log.warn("Storm child {} of {} was not resolved", childId, parent.key(), unexpected);
      keptOpen(parent, childId, "its process could not complete the step; resolve it by hand.");
      return false;
    }
  }

  private void resolveWith(Ticket parent, Long childId) {
    Ticket child = records.byId(childId);
    if (DONE.contains(child.status())) {
      return;
    }
    String resolution = resolutionOf(parent);
    String pid = child.processInstanceId();
    if (waitsAt(child, AWAIT_REQUESTER)) {
      tasks.completeWaiting(child.tenantId(), pid, AWAIT_REQUESTER, Actor.SYSTEM);
    }
    if (!waitsAt(child, RESOLVE_STEP)) {
      List<TaskView> open = tasks.ofProcess(Actor.system(child.tenantId()), pid);
      throw new ConflictException(
          "its process %s, with no step that resolves it; resolve it by hand."
              .formatted(
                  open.isEmpty() ? "has no open step" : "waits at '" + open.get(0).name() + "'"));
    }
    records.change(childId, TicketField.RESOLUTION, resolution, Actor.SYSTEM);
    records.recordEvent(
        childId,
        Actor.SYSTEM,
        "Resolved with parent %s: %s".formatted(parent.key(), resolution),
        Map.of("stormParent", parent.key().value()));
    tasks.completeWaiting(
        child.tenantId(),
        pid,
        RESOLVE_STEP,
        Actor.SYSTEM,
        Map.of("outcome", "resolved", "resolution", resolution));
    TicketStatus reached = records.byId(childId).status();
    if (!DONE.contains(reached)) {
      throw new ConflictException(
          "its process went to %s, not RESOLVED, so the change was undone.".formatted(reached));
    }
  }

  private void keptOpen(Ticket parent, Long childId, String reason) {
    transaction.executeWithoutResult(
        status ->
            records.recordEvent(
                childId,
                Actor.SYSTEM,
                "Not resolved with parent %s: %s".formatted(parent.key(), reason),
                Map.of("stormParent", parent.key().value())));
  }

  private boolean waitsAt(Ticket child, String step) {
    return tasks.ofProcess(Actor.system(child.tenantId()), child.processInstanceId()).stream()
        .map(TaskView::taskKey)
        .anyMatch(step::equals);
  }

  /** A parent closed without a resolution (ended by hand, say) still tells the child why. */
  private static String resolutionOf(Ticket parent) {
    String resolution = parent.resolution();
    return resolution == null || resolution.isBlank()
        ? "The alert storm's parent " + parent.key() + " was closed."
        : resolution;
  }
}
