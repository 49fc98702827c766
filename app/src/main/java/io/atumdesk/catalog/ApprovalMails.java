package io.atumdesk.catalog;

import io.atumdesk.form.FormSchemas;
import io.atumdesk.notification.Notification.RecipientKind;
import io.atumdesk.notification.Notifications;
import io.atumdesk.workflow.HumanTaskOpened;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an order's approval step waits for one person (the requester's manager), mails them a
 * one-time link to decide it without signing in, in the engine's transaction. Groups (the board,
 * the fallback approvers) decide in the workspace.
 */
@Component
class ApprovalMails {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final CatalogOrders orders;
  private final OrderItems items;
  private final ApprovalLinks links;
  private final OrderProcesses processes;
  private final FormSchemas forms;
  private final Notifications notifications;
  private final CatalogProperties properties;
  private final Clock clock;

  ApprovalMails(
      CatalogOrders orders,
      OrderItems items,
      ApprovalLinks links,
      OrderProcesses processes,
      FormSchemas forms,
      Notifications notifications,
      CatalogProperties properties,
      Clock clock) {
    this.orders = orders;
    this.items = items;
    this.links = links;
    this.processes = processes;
    this.forms = forms;
    this.notifications = notifications;
    this.properties = properties;
    this.clock = clock;
  }

  @EventListener
  void on(HumanTaskOpened opened) {
    if (opened.assignee() == null) {
      return;
    }
    var order = orders.findByTenantIdAndTicketKey(opened.tenantId(), opened.ticketKey());
    boolean approval =
        order.isPresent()
            && !links.existsByTaskIdAndApprover(opened.taskId(), opened.assignee())
            && processes
                .formKeyOf(opened.tenantId(), opened.taskId())
                .map(forms::isApproval)
                .orElse(false);
    if (!approval) {
      return;
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    links.save(
        new ApprovalLink(
            opened.tenantId(),
            order.get().id(),
            opened.taskId(),
            opened.assignee(),
            ApprovalTokens.hash(token),
            clock.instant().plus(properties.approvalLinkTtl())));
    notifications.queue(
        opened.tenantId(),
        order.get().ticketId(),
        RecipientKind.USER,
        opened.assignee(),
        "Approval needed: %s".formatted(opened.ticketKey()),
        body(order.get(), token));
  }

  private String body(CatalogOrder order, String token) {
    String ordered =
        items.findByOrderIdOrderByPosition(order.id()).stream()
            .map(item -> "- " + item.itemName())
            .collect(Collectors.joining("\n"));
    return """
        %s ordered:
        %s

        Approve or reject it here (the link works once, for %d days):
        %s/approvals/%s

        Or decide in your inbox in the workspace."""
        .formatted(
            order.requester(),
            ordered,
            properties.approvalLinkTtl().toDays(),
            properties.linkBaseUrl(),
            token);
  }
}
