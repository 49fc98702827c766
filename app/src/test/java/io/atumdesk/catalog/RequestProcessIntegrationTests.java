package io.atumdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atumdesk.IntegrationTest;
import io.atumdesk.change.ApprovalRoute;
import io.atumdesk.change.ChangeManagement;
import io.atumdesk.change.ChangeStage;
import io.atumdesk.change.ChangeType;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.Role;
import io.atumdesk.core.TenantContext;
import io.atumdesk.notification.Notification;
import io.atumdesk.notification.Notifications;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TimelineEntry;
import io.atumdesk.workflow.TaskInbox;
import io.atumdesk.workflow.TaskView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code request.bpmn20.xml} for a catalog order and the four fulfilment processes,
 * read as scenarios: ordered, approved or rejected (by the manager, then the board when the table
 * asks for it), each item fulfilled by its group, the order fulfilled and the request closed.
 */
@IntegrationTest
class RequestProcessIntegrationTests {

  static final Actor CUSTOMER = new Actor("customer", "acme", Set.of(Role.CUSTOMER), Set.of());
  static final Actor MANAGER = new Actor("manager", "acme", Set.of(Role.AGENT), Set.of());
  static final Actor CAB = new Actor("cab", "acme", Set.of(Role.CAB_MEMBER), Set.of("cab"));
  static final Actor IT = new Actor("itsupport", "acme", Set.of(Role.AGENT), Set.of("it-support"));
  static final Actor FACILITIES =
      new Actor("facilities", "acme", Set.of(Role.AGENT), Set.of("facilities"));
  static final Actor HR = new Actor("hr", "acme", Set.of(Role.AGENT), Set.of("hr"));
  static final Actor DESK =
      new Actor("agent", "acme", Set.of(Role.AGENT), Set.of("service-desk", "network-ops"));
  static final Actor ADMIN = Actor.system("acme");

  @Autowired ServiceOrders orders;
  @Autowired CatalogAdministration administration;
  @Autowired TaskInbox inbox;
  @Autowired TicketManagement tickets;
  @Autowired ApprovalByLink links;
  @Autowired Notifications notifications;
  @Autowired ChangeManagement changes;

  String run;

  @BeforeEach
  void run() {
    run = Long.toString(System.nanoTime(), 36);
  }

  @Test
  void anApprovedLaptopIsPreparedAndHandedOverByItSupport() {
    TicketKey key =
        order(item("Laptop", "hardware", "order-laptop", "fulfil-laptop", "1500"), LAPTOP);

    assertThat(order(key).status()).isEqualTo(OrderStatus.AWAITING_APPROVAL);
    assertThat(order(key).approval()).isEqualTo("manager");
    assertThat(decisions(key)).anyMatch(text -> text.contains("rule approve-costly"));
    TaskView approval = task(MANAGER, key);
    assertThat(approval.taskKey()).isEqualTo("approveByManager");
    assertThat(approval.assignee()).isEqualTo("manager");

    complete(MANAGER, key, Map.of("decision", "approve", "comment", "Fine"));

    assertThat(order(key).waitingAt()).isEmpty();
    assertThat(order(key).items().get(0).status()).isEqualTo(ItemStatus.IN_FULFILMENT);
    assertThat(order(key).items().get(0).waitingAt())
        .singleElement()
        .satisfies(step -> assertThat(step.groups()).containsExactly("it-support"));
    complete(IT, key, Map.of());
    assertThat(order(key).items().get(0).waitingAt().get(0).name())
        .isEqualTo("Hand over the laptop");
    complete(IT, key, Map.of());

    assertThat(order(key).status()).isEqualTo(OrderStatus.FULFILLED);
    assertThat(order(key).items().get(0).status()).isEqualTo(ItemStatus.FULFILLED);
    assertThat(ticket(key).status()).isEqualTo(TicketStatus.CLOSED);
  }

  @Test
  void aRejectedOrderIsClosedWithTheReasonAndNothingIsFulfilled() {
    TicketKey key =
        order(item("Laptop", "hardware", "order-laptop", "fulfil-laptop", "900"), LAPTOP);

    assertThatThrownBy(() -> complete(MANAGER, key, Map.of("decision", "reject")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reason");
    complete(MANAGER, key, Map.of("decision", "reject", "reason", "Your laptop is one year old"));

    assertThat(order(key).status()).isEqualTo(OrderStatus.REJECTED);
    assertThat(order(key).items().get(0).status()).isEqualTo(ItemStatus.CANCELLED);
    assertThat(ticket(key).status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(publicReplies(key)).contains("Rejected\nYour laptop is one year old");
  }

  @Test
  void anExpensiveOrderNeedsTheManagerAndThenTheBoard() {
    TicketKey key =
        order(item("Server", "hardware", "order-laptop", "fulfil-laptop", "6000"), LAPTOP);
    assertThat(order(key).approval()).isEqualTo("cab");

    complete(MANAGER, key, Map.of("decision", "approve"));
    assertThat(task(CAB, key).taskKey()).isEqualTo("approveByCab");
    assertThat(order(key).status()).isEqualTo(OrderStatus.AWAITING_APPROVAL);
    complete(CAB, key, Map.of("decision", "reject", "reason", "Buy a smaller one"));

    assertThat(order(key).status()).isEqualTo(OrderStatus.REJECTED);
  }

  @Test
  void onboardingWaitsForItFacilitiesAndHrAtOnceAndIsDoneWhenAllThreeAre() {
    TicketKey key =
        order(
            item("Onboarding", "onboarding", "order-onboarding", "fulfil-onboarding", "2000"),
            ONBOARDING);
    complete(MANAGER, key, Map.of("decision", "approve"));

    assertThat(order(key).items().get(0).waitingAt())
        .extracting(step -> step.groups().get(0))
        .containsExactlyInAnyOrder("it-support", "facilities", "hr");
    complete(HR, key, Map.of());
    complete(FACILITIES, key, Map.of());
    assertThat(order(key).status()).isEqualTo(OrderStatus.IN_FULFILMENT);
    assertThat(ticket(key).status()).isNotEqualTo(TicketStatus.CLOSED);
    complete(IT, key, Map.of());

    assertThat(order(key).status()).isEqualTo(OrderStatus.FULFILLED);
    assertThat(ticket(key).status()).isEqualTo(TicketStatus.CLOSED);
  }

  @Test
  void aPasswordResetNeedsNoApprovalAndRaisesALinkedStandardChange() {
    TicketKey key =
        order(
            item("Reset", "account", "order-password-reset", "fulfil-password-reset", "0"),
            Map.of("account", "chris", "system", "mail"));

    assertThat(order(key).approval()).isEqualTo("none");
    assertThat(order(key).waitingAt()).isEmpty();
    var line = order(key).items().get(0);
    assertThat(line.linkedTicket()).startsWith("CHG-");
    Ticket change = ticket(new TicketKey(line.linkedTicket()));
    assertThat(change.requester()).isEqualTo("customer");
    assertThat(change.description()).contains(key.value(), "account: chris");
    var standard = as(DESK, () -> changes.get(DESK, change.key()));
    assertThat(standard.type()).isEqualTo(ChangeType.STANDARD);
    assertThat(standard.approvalRoute()).isEqualTo(ApprovalRoute.PRE_APPROVED);
    assertThat(standard.stage()).isEqualTo(ChangeStage.SCHEDULING);
    assertThat(line.waitingAt())
        .singleElement()
        .satisfies(s -> assertThat(s.groups()).containsExactly("service-desk"));

    complete(DESK, key, Map.of());

    assertThat(order(key).status()).isEqualTo(OrderStatus.FULFILLED);
    assertThat(ticket(key).status()).isEqualTo(TicketStatus.CLOSED);
  }

  @Test
  void twoItemsAreFulfilledSideBySideAndTheOrderEndsWithTheLast() {
    Long laptop = item("Laptop", "hardware", "order-laptop", "fulfil-laptop", "100");
    Long software = item("Tool", "software", "order-software", "fulfil-software", "50");
    TicketKey key =
        as(
            CUSTOMER,
            () ->
                orders.place(
                    CUSTOMER,
                    new OrderForm(
                        List.of(
                            new OrderForm.Line(laptop, LAPTOP),
                            new OrderForm.Line(
                                software, Map.of("software", "Inkscape", "accessLevel", "user"))),
                        null)));

    assertThat(order(key).approval()).isEqualTo("none");
    assertThat(order(key).items())
        .extracting(l -> l.waitingAt().get(0).name())
        .containsExactly("Prepare the laptop", "Grant the software access");
    complete(IT, key, "grantAccess");
    assertThat(order(key).items())
        .extracting(OrderView.Line::status)
        .containsExactly(ItemStatus.IN_FULFILMENT, ItemStatus.FULFILLED);
    complete(IT, key, "prepareLaptop");
    complete(IT, key, "handOverLaptop");

    assertThat(order(key).status()).isEqualTo(OrderStatus.FULFILLED);
    assertThat(ticket(key).status()).isEqualTo(TicketStatus.CLOSED);
  }

  @Test
  void theManagerDecidesOnceThroughTheMailedLink() {
    TicketKey key =
        order(item("Laptop", "hardware", "order-laptop", "fulfil-laptop", "700"), LAPTOP);
    Long ticketId = ticket(key).id();
    Notification mail =
        as(ADMIN, () -> notifications.forTicket(ticketId)).stream()
            .filter(n -> "manager".equals(n.recipient()))
            .findFirst()
            .orElseThrow();
    var matcher =
        java.util.regex.Pattern.compile("/approvals/([A-Za-z0-9_-]{43})").matcher(mail.body());
    assertThat(matcher.find()).as(mail.body()).isTrue();
    String token = matcher.group(1);

    assertThat(links.view(token).open()).isTrue();
    assertThat(links.view(token).items())
        .extracting(OrderView.Line::name)
        .containsExactly("Laptop " + run);
    assertThatThrownBy(() -> links.decide(token, Map.of("decision", "reject")))
        .isInstanceOf(InvalidInputException.class);
    links.decide(token, Map.of("decision", "approve", "comment", "Go ahead"));

    assertThat(order(key).status()).isEqualTo(OrderStatus.IN_FULFILMENT);
    assertThat(links.view(token).open()).isFalse();
    assertThatThrownBy(() -> links.decide(token, Map.of("decision", "approve")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("used");
    assertThatThrownBy(() -> links.view(token + "x"))
        .isInstanceOf(io.atumdesk.core.NotFoundException.class);
  }

  static final Map<String, Object> LAPTOP =
      Map.of("model", "standard-14", "justification", "Mine broke");
  static final Map<String, Object> ONBOARDING =
      Map.of(
          "newHireName", "Sam Starter",
          "startDate", "2027-01-04",
          "department", "finance",
          "equipment", "laptop");

  private Long item(String name, String category, String form, String process, String cost) {
    return as(
            ADMIN,
            () ->
                administration.create(
                    ADMIN,
                    new ItemForm(
                        name + " " + run,
                        category,
                        "For tests",
                        form,
                        process,
                        new BigDecimal(cost),
                        null,
                        true)))
        .id();
  }

  private TicketKey order(Long item, Map<String, Object> data) {
    return as(
        CUSTOMER,
        () -> orders.place(CUSTOMER, new OrderForm(List.of(new OrderForm.Line(item, data)), null)));
  }

  private OrderView order(TicketKey key) {
    return as(CUSTOMER, () -> orders.get(CUSTOMER, key));
  }

  private Ticket ticket(TicketKey key) {
    return as(DESK, () -> tickets.get(DESK, key));
  }

  private TaskView task(Actor actor, TicketKey key) {
    return tasks(actor, key).get(0);
  }

  private List<TaskView> tasks(Actor actor, TicketKey key) {
    return as(actor, () -> inbox.open(actor)).stream()
        .filter(t -> key.value().equals(t.ticketKey()))
        .toList();
  }

  private void complete(Actor actor, TicketKey key, Map<String, Object> data) {
    String id = task(actor, key).id();
    as(
        actor,
        () -> {
          inbox.complete(actor, id, data);
          return null;
        });
  }

  private void complete(Actor actor, TicketKey key, String taskKey) {
    String id =
        tasks(actor, key).stream()
            .filter(t -> t.taskKey().equals(taskKey))
            .findFirst()
            .orElseThrow()
            .id();
    as(
        actor,
        () -> {
          inbox.complete(actor, id, Map.of());
          return null;
        });
  }

  private List<String> decisions(TicketKey key) {
    return timeline(key, TimelineEntry.Kind.DECISION);
  }

  private List<String> publicReplies(TicketKey key) {
    return as(DESK, () -> tickets.timeline(DESK, key)).stream()
        .filter(entry -> entry.kind() == TimelineEntry.Kind.REPLY && !entry.internal())
        .map(TimelineEntry::body)
        .toList();
  }

  private List<String> timeline(TicketKey key, TimelineEntry.Kind kind) {
    return as(DESK, () -> tickets.timeline(DESK, key)).stream()
        .filter(entry -> entry.kind() == kind)
        .map(TimelineEntry::body)
        .toList();
  }

  private static <T> T as(Actor actor, Supplier<T> work) {
    return TenantContext.callAs(actor.tenantId(), work);
  }
}
