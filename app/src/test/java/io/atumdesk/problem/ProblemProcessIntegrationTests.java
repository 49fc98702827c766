package io.atumdesk.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atumdesk.IntegrationTest;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.Role;
import io.atumdesk.core.TenantContext;
import io.atumdesk.notification.Notification;
import io.atumdesk.notification.Notifications;
import io.atumdesk.ticket.RaiseTicket;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketField;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketType;
import io.atumdesk.ticket.TimelineEntry;
import io.atumdesk.workflow.TaskInbox;
import io.atumdesk.workflow.TaskView;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of {@code problem.bpmn20.xml}, read as scenarios: raised from incidents or
 * proactively, investigated into a known error, then fixed by a change or accepted without a fix,
 * resolved with its incidents, reviewed and closed.
 */
@IntegrationTest
class ProblemProcessIntegrationTests {

  static final Actor AGENT =
      new Actor("agent", "acme", Set.of(Role.AGENT), Set.of("service-desk", "network-ops"));
  static final Actor MANAGER =
      new Actor("problem", "acme", Set.of(Role.AGENT), Set.of("problem-management"));
  static final Actor CUSTOMER = new Actor("customer", "acme", Set.of(Role.CUSTOMER), Set.of());

  @Autowired ProblemManagement problems;
  @Autowired ProblemSteps steps;
  @Autowired KnownErrors knownErrors;
  @Autowired TicketManagement tickets;
  @Autowired TicketRecords records;
  @Autowired TaskInbox inbox;
  @Autowired Notifications notifications;
  @Autowired HistoryService history;
  @Autowired PlatformTransactionManager transactions;
  String run;

  @BeforeEach
  void runSuffix() {
    run = Long.toString(System.nanoTime(), 36);
  }

  @Test
  void aProblemFixedByItsChangeResolvesItsIncidentsAndTellsTheirRequesters() {
    Ticket waiting = incident("Checkout times out");
    Ticket pending = incident("Checkout slow");
    putOnHold(pending);

    ProblemView problem = raiseFrom(waiting, pending);
    assertThat(problem.waitingAt()).containsExactly("investigateProblem");
    assertThat(problem.assignmentGroup()).isEqualTo("problem-management");
    assertThat(problem.incidents()).extracting(l -> l.key()).contains(waiting.key(), pending.key());

    investigateAndPublish(problem);
    assertThat(waitingAt(problem)).containsExactly("decideFix");
    assertThat(notes(waiting)).anyMatch(n -> n.contains("Workaround: Restart the cart service"));
    assertThat(activeKnownErrors()).contains(problem.key().value());

    Ticket change = change();
    ProblemView fixing =
        as(MANAGER, () -> steps.fixByChange(MANAGER, problem.key(), change.key().value()));
    assertThat(fixing.waitingAt()).containsExactly("awaitChange");
    assertThat(fixing.status()).isEqualTo(TicketStatus.PENDING);
    assertThat(fixing.fixState()).isEqualTo(FixState.AWAITING_CHANGE);
    assertThat(fixing.fixChangeKey()).isEqualTo(change.key().value());

    changeReaches(change, TicketStatus.RESOLVED);

    ProblemView resolved = get(problem);
    assertThat(resolved.waitingAt()).containsExactly("reviewProblem");
    assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
    assertThat(resolved.fixState()).isEqualTo(FixState.FIXED);
    assertThat(passed(problem)).contains("changePending", "awaitChange", "resolveProblem");
    // The fixed known error no longer shows on new incidents.
    assertThat(activeKnownErrors()).doesNotContain(problem.key().value());

    Ticket first = reload(waiting);
    assertThat(first.status()).isEqualTo(TicketStatus.RESOLVED);
    assertThat(first.resolution()).contains(problem.key().value()).contains(change.key().value());
    assertThat(events(first)).anyMatch(e -> e.startsWith("Problem " + problem.key()));
    Ticket second = reload(pending);
    assertThat(second.status()).isEqualTo(TicketStatus.PENDING);
    assertThat(events(second)).anyMatch(e -> e.startsWith("Problem " + problem.key()));
    assertThat(as(AGENT, () -> notifications.forTicket(second.id())))
        .extracting(Notification::body)
        .anyMatch(body -> body.contains(problem.key().value()));

    as(MANAGER, () -> steps.close(MANAGER, problem.key()));
    assertThat(get(problem).status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(passed(problem)).contains("problemClosed").doesNotContain("noFix");
  }

  @Test
  void aChangeDoneAlreadyResolvesTheProblemAtOnce() {
    ProblemView problem = raiseFrom(incident("Printer queue stuck"));
    investigateAndPublish(problem);
    Ticket change = change();
    changeReaches(change, TicketStatus.CLOSED);

    as(MANAGER, () -> steps.fixByChange(MANAGER, problem.key(), change.key().value()));

    assertThat(waitingAt(problem)).containsExactly("reviewProblem");
    assertThat(passed(problem)).contains("changeAlreadyDone").doesNotContain("awaitChange");
  }

  @Test
  void aProblemWithoutAFixIsResolvedWithTheRiskAcceptedAndKeepsItsWorkaround() {
    Ticket incident = incident("Report export garbles umlauts");
    ProblemView problem = raiseFrom(incident);
    investigateAndPublish(problem);

    ProblemView resolved =
        as(
            MANAGER,
            () -> steps.resolveWithoutFix(MANAGER, problem.key(), "The vendor retires it in May"));

    assertThat(resolved.waitingAt()).containsExactly("reviewProblem");
    assertThat(resolved.fixState()).isEqualTo(FixState.ACCEPTED);
    assertThat(passed(problem)).contains("noFix").doesNotContain("linkFixChange");
    assertThat(reload(incident).status()).isEqualTo(TicketStatus.RESOLVED);
    assertThat(reload(incident).resolution()).contains("The vendor retires it in May");
    assertThat(activeKnownErrors()).contains(problem.key().value());
  }

  @Test
  void aProactiveProblemNeedsASubjectAndRunsWithoutIncidents() {
    assertThatThrownBy(() -> as(AGENT, () -> problems.raise(AGENT, raise(List.of(), null))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("subject");

    ProblemView problem =
        as(AGENT, () -> problems.raise(AGENT, raise(List.of(), "Disk fills every month " + run)));
    assertThat(problem.incidents()).isEmpty();
    investigateAndPublish(problem);
    as(MANAGER, () -> steps.resolveWithoutFix(MANAGER, problem.key(), "Monitoring warns early"));
    as(MANAGER, () -> steps.close(MANAGER, problem.key()));

    assertThat(get(problem).status()).isEqualTo(TicketStatus.CLOSED);
  }

  @Test
  void theKnownErrorNeedsEveryRequiredFieldOfTheInvestigation() {
    ProblemView problem = raiseFrom(incident("VPN drops"));

    assertThatThrownBy(
            () -> as(MANAGER, () -> steps.publishKnownError(MANAGER, problem.key(), "", "")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .extracting(InvalidInputException.FieldProblem::field)
                    .containsExactlyInAnyOrder(
                        "timeline", "why1", "causeCategory", "rootCause", "symptom", "workaround"));
    assertThat(waitingAt(problem)).containsExactly("investigateProblem");
  }

  @Test
  void onlyTheProblemGroupWorksItsStepsAndOnlyWhenTheProcessIsThere() {
    ProblemView problem = raiseFrom(incident("Badge reader rejects cards"));

    assertThatThrownBy(
            () -> as(AGENT, () -> steps.publishKnownError(AGENT, problem.key(), "a", "b")))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("problem-management");
    assertThatThrownBy(
            () -> as(MANAGER, () -> steps.fixByChange(MANAGER, problem.key(), "CHG-000001")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("Investigate the problem");
    assertThatThrownBy(() -> as(CUSTOMER, () -> problems.get(CUSTOMER, problem.key())))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void aFixByAnythingButAChangeIsRefusedAndTheFixStepStaysOpen() {
    Ticket incident = incident("Wi-Fi roaming fails");
    ProblemView problem = raiseFrom(incident);
    investigateAndPublish(problem);

    for (String notAChange : List.of(incident.key().value(), "CHG-999999", "nonsense")) {
      assertThatThrownBy(
              () -> as(MANAGER, () -> steps.fixByChange(MANAGER, problem.key(), notAChange)))
          .as(notAChange)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("changeKey");
    }
    assertThat(waitingAt(problem)).containsExactly("decideFix");
  }

  private void investigateAndPublish(ProblemView problem) {
    as(
        MANAGER,
        () ->
            problems.investigate(
                MANAGER,
                problem.key(),
                new Investigation(
                    "09:00 first timeout\n09:05 cart service at 100 % CPU",
                    List.of("The cart service hangs", "A lock is never released"),
                    CauseCategory.SOFTWARE,
                    "A missing unlock in the cart service")));
    as(
        MANAGER,
        () ->
            steps.publishKnownError(
                MANAGER, problem.key(), "Checkout hangs", "Restart the cart service"));
  }

  private Ticket incident(String subject) {
    return as(
        CUSTOMER,
        () ->
            tickets.raise(
                CUSTOMER,
                new RaiseTicket(
                    TicketType.INCIDENT, subject, "It fails.", null, null, "shop-" + run, null)));
  }

  private void putOnHold(Ticket incident) {
    as(
        AGENT,
        () -> {
          TaskView task = inbox.ofProcess(AGENT, incident.processInstanceId()).get(0);
          inbox.complete(
              AGENT, task.id(), Map.of("outcome", "pending", "pendingReason", "Which browser?"));
          return null;
        });
  }

  private ProblemView raiseFrom(Ticket... incidents) {
    List<String> keys = java.util.Arrays.stream(incidents).map(t -> t.key().value()).toList();
    return as(AGENT, () -> problems.raise(AGENT, raise(keys, null)));
  }

  private static RaiseProblem raise(List<String> incidents, String subject) {
    return new RaiseProblem(incidents, subject, "Seen again and again", null, null, null);
  }

  private Ticket change() {
    return as(
        AGENT,
        () ->
            tickets.raise(
                AGENT,
                new RaiseTicket(
                    TicketType.CHANGE,
                    "Fix the cart lock " + run,
                    "Deploy 2.4.1",
                    null,
                    null,
                    "shop-" + run,
                    null)));
  }

  /** What the change's own process does when it ends: only the status event is our contract. */
  private void changeReaches(Ticket change, TicketStatus status) {
    as(
        AGENT,
        () ->
            new TransactionTemplate(transactions)
                .execute(s -> records.change(change.id(), TicketField.STATUS, status, "system")));
  }

  private List<String> activeKnownErrors() {
    Ticket probe = incident("Probe");
    return as(AGENT, () -> knownErrors.forIncident(AGENT, probe.key())).stream()
        .map(k -> k.problem().value())
        .toList();
  }

  private ProblemView get(ProblemView problem) {
    return as(AGENT, () -> problems.get(AGENT, problem.key()));
  }

  private List<String> waitingAt(ProblemView problem) {
    return get(problem).waitingAt();
  }

  private List<String> passed(ProblemView problem) {
    String instance = as(AGENT, () -> tickets.get(AGENT, problem.key())).processInstanceId();
    return history
        .createHistoricActivityInstanceQuery()
        .processInstanceId(instance)
        .orderByHistoricActivityInstanceStartTime()
        .asc()
        .list()
        .stream()
        .map(HistoricActivityInstance::getActivityId)
        .toList();
  }

  private Ticket reload(Ticket ticket) {
    return as(AGENT, () -> tickets.get(AGENT, ticket.key()));
  }

  private List<String> notes(Ticket ticket) {
    return timeline(ticket, TimelineEntry.Kind.NOTE);
  }

  private List<String> events(Ticket ticket) {
    return timeline(ticket, TimelineEntry.Kind.EVENT);
  }

  private List<String> timeline(Ticket ticket, TimelineEntry.Kind kind) {
    return as(AGENT, () -> tickets.timeline(AGENT, ticket.key())).stream()
        .filter(entry -> entry.kind() == kind)
        .map(TimelineEntry::body)
        .toList();
  }

  private static <T> T as(Actor actor, Supplier<T> work) {
    return TenantContext.callAs(actor.tenantId(), work);
  }
}
