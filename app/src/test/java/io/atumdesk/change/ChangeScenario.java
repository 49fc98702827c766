package io.atumdesk.change;

import io.atumdesk.cmdb.CiForm;
import io.atumdesk.cmdb.CiKey;
import io.atumdesk.cmdb.CiRelationships;
import io.atumdesk.cmdb.CiState;
import io.atumdesk.cmdb.Cmdb;
import io.atumdesk.cmdb.Criticality;
import io.atumdesk.cmdb.RelationKind;
import io.atumdesk.core.Actor;
import io.atumdesk.core.Role;
import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.Level;
import io.atumdesk.ticket.TicketKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;

/**
 * The people and helpers of the change scenarios: the demo tenant's change manager and board, a
 * change raised with the fields each path needs, and what the process went through.
 */
final class ChangeScenario {

  static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  static final Actor AGENT =
      new Actor("agent", "acme", Set.of(Role.AGENT), Set.of("service-desk", "network-ops"));
  static final Actor MANAGER =
      new Actor(
          "changemgr",
          "acme",
          Set.of(Role.AGENT),
          Set.of("change-managers", "ecab", "network-ops"));
  static final Actor CAB1 = new Actor("cab", "acme", Set.of(Role.CAB_MEMBER), Set.of("cab"));
  static final Actor CAB2 =
      new Actor("cab2", "acme", Set.of(Role.CAB_MEMBER), Set.of("cab", "ecab"));
  static final Actor CAB3 = new Actor("cab3", "acme", Set.of(Role.CAB_MEMBER), Set.of("cab"));
  static final Actor ADMIN = Actor.system("acme");

  private ChangeScenario() {}

  /** A normal change with a plan, rollback plan and evidence, of this run's own category. */
  static RaiseChange normal(String subject, Level impact, List<String> items) {
    return new RaiseChange(
        ChangeType.NORMAL,
        subject,
        "Why: " + subject,
        impact,
        Level.MEDIUM,
        "change-tests-" + RUN,
        null,
        "Step by step: " + subject,
        "Restore the saved configuration",
        "Rehearsed on staging",
        items,
        null,
        null,
        true);
  }

  static RaiseChange of(ChangeType type, String subject, Level impact, String rollbackPlan) {
    RaiseChange base = normal(subject, impact, List.of());
    return new RaiseChange(
        type,
        base.subject(),
        base.description(),
        base.impact(),
        base.urgency(),
        base.category(),
        null,
        base.plan(),
        rollbackPlan,
        base.testEvidence(),
        List.of(),
        null,
        null,
        true);
  }

  /** A server of its own for the test, optionally hosting a new business service. */
  static CiKey item(Cmdb cmdb, CiRelationships relations, String name, Criticality service) {
    return as(
        ADMIN,
        () -> {
          CiKey server =
              cmdb.create(
                      ADMIN,
                      new CiForm(
                          "server",
                          name + "-" + RUN,
                          CiState.IN_SERVICE,
                          "service-desk",
                          null,
                          Map.of("hostname", name + ".test")))
                  .key();
          if (service != null) {
            CiKey hosted =
                cmdb.create(
                        ADMIN,
                        new CiForm(
                            "service",
                            name + " service-" + RUN,
                            CiState.IN_SERVICE,
                            "service-desk",
                            service,
                            Map.of()))
                    .key();
            relations.relate(ADMIN, hosted, RelationKind.RUNS_ON, server);
          }
          return server;
        });
  }

  /** A window around now: what the implementers are working in. */
  static ScheduleChange now(String overrideReason) {
    Instant start = Instant.now().minus(Duration.ofHours(1));
    return new ScheduleChange(start, start.plus(Duration.ofHours(3)), overrideReason);
  }

  /** The steps whose tasks are open, each once (the CAB's vote is one task per member). */
  static List<String> waitingAt(TaskService tasks, String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
        .map(task -> task.getTaskDefinitionKey())
        .distinct()
        .toList();
  }

  static List<String> passed(HistoryService history, String processInstanceId) {
    return history
        .createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId)
        .orderByHistoricActivityInstanceStartTime()
        .asc()
        .list()
        .stream()
        .map(HistoricActivityInstance::getActivityId)
        .toList();
  }

  static TicketKey key(ChangeView change) {
    return new TicketKey(change.key());
  }

  static <T> T as(Actor actor, Supplier<T> work) {
    return TenantContext.callAs(actor.tenantId(), work);
  }
}
