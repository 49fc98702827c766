package io.atumdesk.change;

import static io.atumdesk.change.ChangeScenario.AGENT;
import static io.atumdesk.change.ChangeScenario.CAB1;
import static io.atumdesk.change.ChangeScenario.CAB2;
import static io.atumdesk.change.ChangeScenario.CAB3;
import static io.atumdesk.change.ChangeScenario.MANAGER;
import static io.atumdesk.change.ChangeScenario.as;
import static io.atumdesk.change.ChangeScenario.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atumdesk.IntegrationTest;
import io.atumdesk.cmdb.CiKey;
import io.atumdesk.cmdb.CiRelationships;
import io.atumdesk.cmdb.Cmdb;
import io.atumdesk.cmdb.Criticality;
import io.atumdesk.cmdb.LinkRole;
import io.atumdesk.cmdb.TicketItems;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.ticket.Level;
import io.atumdesk.ticket.LinkKind;
import io.atumdesk.ticket.LinkView;
import io.atumdesk.ticket.LinkedTickets;
import io.atumdesk.ticket.RaiseTicket;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketType;
import io.atumdesk.workflow.TaskInbox;
import java.util.List;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code change.bpmn20.xml}, read as scenarios: raised, assessed, waiting for whom,
 * voted, scheduled, implemented or rolled back, reviewed, closed; or rejected, or withdrawn.
 */
@IntegrationTest
class ChangeProcessIntegrationTests {

  @Autowired ChangeManagement changes;
  @Autowired ChangeApprovals approvals;
  @Autowired ChangeScheduling scheduling;
  @Autowired ChangeImplementation implementation;
  @Autowired TicketManagement tickets;
  @Autowired LinkedTickets links;
  @Autowired TicketItems ticketItems;
  @Autowired Cmdb cmdb;
  @Autowired CiRelationships relations;
  @Autowired TaskService taskService;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired TaskInbox inbox;

  @Test
  void aStandardChangeIsPreApprovedAndWaitsForItsWindow() {
    ChangeView change =
        raise(ChangeScenario.of(ChangeType.STANDARD, "Reset a password", Level.LOW, null));

    assertThat(change.stage()).isEqualTo(ChangeStage.SCHEDULING);
    assertThat(change.approvalRoute()).isEqualTo(ApprovalRoute.PRE_APPROVED);
    assertThat(change.approval()).isEqualTo("PRE_APPROVED");
    assertThat(waitingAt(change)).containsExactly("scheduleChange");
    assertThat(passed(change))
        .contains("assessRisk", "markPreApproved")
        .doesNotContain("draftChange");
  }

  @Test
  void aLowRiskChangeIsApprovedByTheChangeManager() {
    ChangeView change = raise(ChangeScenario.normal("Add a VLAN", Level.LOW, List.of()));
    assertThat(change.risk()).isEqualTo("LOW");
    assertThat(waitingAt(change)).containsExactly("approveByManager");

    ChangeView voted = vote(MANAGER, change, VoteDecision.APPROVE, "Fine");

    assertThat(voted.stage()).isEqualTo(ChangeStage.SCHEDULING);
    assertThat(voted.approval()).isEqualTo("APPROVED");
    assertThat(waitingAt(change)).containsExactly("scheduleChange");
  }

  @Test
  void aLowRiskChangeRejectedByTheChangeManagerCloses() {
    ChangeView change = raise(ChangeScenario.normal("Rename the VLAN", Level.LOW, List.of()));

    ChangeView voted = vote(MANAGER, change, VoteDecision.REJECT, "Not needed");

    assertThat(voted.stage()).isEqualTo(ChangeStage.REJECTED);
    assertThat(voted.status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(passed(change)).contains("markRejected", "changeRejected");
  }

  @Test
  void theCabApprovesOnceTheQuorumIsReachedWithoutWaitingForTheLastMember() {
    ChangeView change = raise(ChangeScenario.normal("Replace the firewall", Level.HIGH, List.of()));
    assertThat(change.approvalRoute()).isEqualTo(ApprovalRoute.CAB);
    assertThat(waitingAt(change)).containsExactly("castCabVote");

    vote(CAB1, change, VoteDecision.APPROVE, "Good plan");
    assertThat(get(change).stage()).isEqualTo(ChangeStage.APPROVAL);
    ChangeView approved = vote(CAB2, change, VoteDecision.APPROVE, null);

    assertThat(approved.stage()).isEqualTo(ChangeStage.SCHEDULING);
    assertThat(waitingAt(change)).containsExactly("scheduleChange");
    assertThatThrownBy(() -> vote(CAB3, change, VoteDecision.APPROVE, null))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void oneRejectionVetoesAChangeWithoutARollbackPlan() {
    ChangeView change =
        raise(ChangeScenario.of(ChangeType.NORMAL, "Migrate the mail store", Level.LOW, null));
    assertThat(change.risk()).isEqualTo("HIGH");

    vote(CAB1, change, VoteDecision.APPROVE, null);
    vote(CAB2, change, VoteDecision.APPROVE, null);
    assertThat(get(change).stage()).isEqualTo(ChangeStage.APPROVAL);
    ChangeView vetoed = vote(CAB3, change, VoteDecision.REJECT, "No way back");

    assertThat(vetoed.stage()).isEqualTo(ChangeStage.REJECTED);
    assertThat(vetoed.status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(vetoed.votes()).extracting(VoteView::voter).containsExactly("cab", "cab2", "cab3");
  }

  @Test
  void theEcabApprovesAnEmergencyChange() {
    ChangeView change =
        raise(ChangeScenario.of(ChangeType.EMERGENCY, "Patch the zero-day", Level.HIGH, "Revert"));
    assertThat(waitingAt(change)).containsExactly("approveByEcab");
    assertThatThrownBy(() -> vote(CAB1, change, VoteDecision.APPROVE, null))
        .isInstanceOf(io.atumdesk.core.ForbiddenException.class);

    ChangeView approved = vote(CAB2, change, VoteDecision.APPROVE, "Go");

    assertThat(approved.stage()).isEqualTo(ChangeStage.SCHEDULING);
    assertThat(passed(change)).contains("tallyEcab").doesNotContain("escalateApproval");
  }

  @Test
  void anEmergencyChangeTheEcabLeavesUndecidedGoesToTheChangeManager() {
    ChangeView change =
        raise(ChangeScenario.of(ChangeType.EMERGENCY, "Block the attacker", Level.HIGH, "Unblock"));
    String timer =
        management
            .createTimerJobQuery()
            .processInstanceId(processOf(change))
            .singleResult()
            .getId();

    management.moveTimerToExecutableJob(timer);
    management.executeJob(timer);

    assertThat(waitingAt(change)).containsExactly("approveByManager");
    assertThat(get(change).approvalRoute()).isEqualTo(ApprovalRoute.MANAGER);
    assertThatThrownBy(() -> vote(CAB2, change, VoteDecision.APPROVE, null))
        .isInstanceOf(io.atumdesk.core.ForbiddenException.class);
    assertThat(vote(MANAGER, change, VoteDecision.APPROVE, null).stage())
        .isEqualTo(ChangeStage.SCHEDULING);
    assertThat(passed(change)).contains("ecabTimer", "escalateApproval", "tallyManager");
  }

  @Test
  void schedulingReportsAnotherChangeOnTheSameItemInAnOverlappingWindow() {
    CiKey server = ChangeScenario.item(cmdb, relations, "conflict", null);
    ChangeView first = approved("Resize the disks", server);
    ChangeView second = approved("Update the kernel", server);
    as(AGENT, () -> scheduling.schedule(AGENT, key(first), ChangeScenario.now(null)));

    ScheduledChange scheduled =
        as(AGENT, () -> scheduling.schedule(AGENT, key(second), ChangeScenario.now(null)));

    assertThat(scheduled.conflicts()).extracting(c -> c.key()).containsExactly(first.key());
    assertThat(scheduled.conflicts().get(0).shared()).containsExactly(server.value());
    assertThat(scheduled.change().stage()).isEqualTo(ChangeStage.IMPLEMENTATION);
    assertThat(waitingAt(second)).containsExactly("implementChange");
  }

  @Test
  void aSuccessfulChangeIsReviewedAndClosed() {
    ChangeView change = scheduled("Enable jumbo frames", null);

    as(
        AGENT,
        () ->
            implementation.implemented(AGENT, key(change), ImplementationResult.SUCCESSFUL, null));
    assertThat(waitingAt(change)).containsExactly("reviewChange");
    ChangeView closed =
        as(
            MANAGER,
            () ->
                implementation.reviewed(
                    MANAGER, key(change), ReviewResult.OBJECTIVES_MET, "Throughput up 20 %"));

    assertThat(closed.stage()).isEqualTo(ChangeStage.CLOSED);
    assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(passed(change)).contains("changeClosed").doesNotContain("rollBackChange");
  }

  @Test
  void aFailedChangeIsRolledBackWithTheIncidentsOfItsWindowLinked() {
    CiKey server = ChangeScenario.item(cmdb, relations, "failing", Criticality.LOW);
    ChangeView change = scheduled("Upgrade the hypervisor", server);
    Ticket incident =
        as(
            AGENT,
            () ->
                tickets.raise(
                    AGENT,
                    new RaiseTicket(
                        TicketType.INCIDENT,
                        "VMs unreachable",
                        null,
                        Level.HIGH,
                        Level.HIGH,
                        "network",
                        null)));
    as(AGENT, () -> ticketItems.link(AGENT, server, incident.key(), LinkRole.AFFECTED));

    as(
        AGENT,
        () ->
            implementation.implemented(
                AGENT, key(change), ImplementationResult.FAILED, "Hosts did not come back"));

    assertThat(waitingAt(change)).containsExactly("rollBackChange");
    List<LinkView> linked = as(AGENT, () -> links.links(AGENT, incident.key()));
    assertThat(linked).extracting(LinkView::key).containsExactly(key(change));
    assertThat(linked).extracting(LinkView::kind).containsExactly(LinkKind.CAUSED_BY);
    as(AGENT, () -> implementation.rolledBack(AGENT, key(change), "Restored the snapshots"));
    as(MANAGER, () -> implementation.reviewed(MANAGER, key(change), ReviewResult.NOT_MET, "Retry"));
    assertThat(get(change).status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(passed(change))
        .containsSubsequence("linkIncidents", "rollBackChange", "reviewChange", "changeClosed");
  }

  @Test
  void aWithdrawnChangeEndsAndTakesNoMoreVotes() {
    ChangeView change = raise(ChangeScenario.normal("Move the printers", Level.HIGH, List.of()));

    ChangeView withdrawn =
        as(AGENT, () -> changes.withdraw(AGENT, key(change), "Printers are being replaced"));

    assertThat(withdrawn.stage()).isEqualTo(ChangeStage.WITHDRAWN);
    assertThat(withdrawn.status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(passed(change)).contains("withdrawalRequested", "changeWithdrawnEnd");
    assertThatThrownBy(() -> vote(CAB1, change, VoteDecision.APPROVE, null))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("withdrawn");
  }

  @Test
  void aDraftWaitsForItsRequesterAndIsAssessedOnceItHasAPlan() {
    RaiseChange base = ChangeScenario.normal("Tidy the racks", Level.LOW, List.of());
    ChangeView draft =
        raise(
            new RaiseChange(
                base.type(),
                base.subject(),
                null,
                base.impact(),
                base.urgency(),
                base.category(),
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                false));
    assertThat(waitingAt(draft)).containsExactly("draftChange");

    assertThatThrownBy(() -> as(AGENT, () -> changes.submit(AGENT, key(draft))))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .extracting(p -> p.field())
                    .containsExactly("plan"));
    as(
        AGENT,
        () ->
            changes.update(
                AGENT,
                key(draft),
                new ChangeFields("Label every cable", "Undo", null, null, null)));
    ChangeView submitted = as(AGENT, () -> changes.submit(AGENT, key(draft)));

    assertThat(submitted.stage()).isEqualTo(ChangeStage.APPROVAL);
    assertThat(waitingAt(draft)).containsExactly("approveByManager");
  }

  @Test
  void stepsTheChangeApiOwnsCannotBeCompletedAsPlainTasks() {
    ChangeView change = raise(ChangeScenario.normal("Rewire the lab", Level.HIGH, List.of()));
    String vote = openTask(CAB1, change, "castCabVote");

    assertThatThrownBy(() -> as(CAB1, () -> completeTask(CAB1, vote)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("/votes");
    vote(CAB1, change, VoteDecision.APPROVE, null);
    vote(CAB2, change, VoteDecision.APPROVE, null);
    String schedule = openTask(AGENT, change, "scheduleChange");
    assertThatThrownBy(() -> as(AGENT, () -> completeTask(AGENT, schedule)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("/schedule");

    assertThat(waitingAt(change)).containsExactly("scheduleChange");
    assertThat(get(change).stage()).isEqualTo(ChangeStage.SCHEDULING);
  }

  private String openTask(Actor actor, ChangeView change, String step) {
    return as(actor, () -> inbox.open(actor)).stream()
        .filter(task -> change.key().equals(task.ticketKey()) && step.equals(task.taskKey()))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private Void completeTask(Actor actor, String taskId) {
    inbox.complete(actor, taskId, java.util.Map.of());
    return null;
  }

  private ChangeView approved(String subject, CiKey item) {
    ChangeView change = raise(ChangeScenario.normal(subject, Level.LOW, List.of(item.value())));
    return vote(MANAGER, change, VoteDecision.APPROVE, null);
  }

  private ChangeView scheduled(String subject, CiKey item) {
    ChangeView change =
        item == null
            ? vote(
                MANAGER,
                raise(ChangeScenario.normal(subject, Level.LOW, List.of())),
                VoteDecision.APPROVE,
                null)
            : approved(subject, item);
    return as(AGENT, () -> scheduling.schedule(AGENT, key(change), ChangeScenario.now(null)))
        .change();
  }

  private ChangeView raise(RaiseChange command) {
    return as(AGENT, () -> changes.raise(AGENT, command));
  }

  private ChangeView vote(Actor actor, ChangeView change, VoteDecision decision, String comment) {
    return as(actor, () -> approvals.vote(actor, key(change), decision, comment));
  }

  private ChangeView get(ChangeView change) {
    return as(AGENT, () -> changes.get(AGENT, key(change)));
  }

  private String processOf(ChangeView change) {
    return as(AGENT, () -> tickets.get(AGENT, key(change))).processInstanceId();
  }

  private List<String> waitingAt(ChangeView change) {
    return ChangeScenario.waitingAt(taskService, processOf(change));
  }

  private List<String> passed(ChangeView change) {
    return ChangeScenario.passed(history, processOf(change));
  }
}
