package io.atumdesk.catalog;

import io.atumdesk.core.ConflictException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.TenantContext;
import io.atumdesk.people.PeopleDirectory;
import io.atumdesk.workflow.TaskInbox;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deciding an approval step from a mailed link, without signing in: the token finds its tenant (a
 * plain JDBC look-up, as nobody is signed in), then everything runs as that tenant and as the
 * approver the link was made for. A used or expired link, or a step decided meanwhile, is a 409.
 */
@Service
public class ApprovalByLink {

  private final JdbcTemplate jdbc;
  private final ApprovalLinks links;
  private final CatalogOrders orders;
  private final OrderItems items;
  private final TaskInbox inbox;
  private final PeopleDirectory people;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ApprovalByLink(
      JdbcTemplate jdbc,
      ApprovalLinks links,
      CatalogOrders orders,
      OrderItems items,
      TaskInbox inbox,
      PeopleDirectory people,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.jdbc = jdbc;
    this.links = links;
    this.orders = orders;
    this.items = items;
    this.inbox = inbox;
    this.people = people;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** What the approver decides on; {@code open} is false once the link was used or expired. */
  public record Request(String key, String requester, List<OrderView.Line> items, boolean open) {}

  public Request view(String token) {
    return asTenantOf(
        token,
        link -> {
          CatalogOrder order = orders.findById(link.orderId()).orElseThrow();
          var lines =
              items.findByOrderIdOrderByPosition(order.id()).stream()
                  .map(
                      item ->
                          new OrderView.Line(
                              item.position(),
                              item.itemName(),
                              item.formKey(),
                              item.status(),
                              item.data(),
                              item.linkedTicket(),
                              List.of(),
                              item.completedAt()))
                  .toList();
          return new Request(
              order.ticketKey(), order.requester(), lines, link.usableAt(clock.instant()));
        });
  }

  /** Decides the step with the approval form's values ({@code decision}, {@code comment}, ...). */
  public void decide(String token, Map<String, Object> values) {
    asTenantOf(
        token,
        link -> {
          if (!link.usableAt(clock.instant())) {
            throw new ConflictException(
                link.usedAt() != null
                    ? "This approval link was used already."
                    : "This approval link has expired; decide in the workspace instead.");
          }
          var approver =
              people
                  .actor(link.tenantId(), link.approver())
                  .orElseThrow(() -> new ConflictException("The approver's account is disabled."));
          inbox.complete(approver, link.taskId(), new LinkedHashMap<>(values));
          link.use(clock.instant());
          return null;
        });
  }

  private <T> T asTenantOf(String token, java.util.function.Function<ApprovalLink, T> work) {
    String hash = ApprovalTokens.hash(token == null ? "" : token);
    String tenant =
        jdbc
            .queryForList(
                "select tenant_id from catalog_approval_link where token_hash = ?",
                String.class,
                hash)
            .stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Approval link", "?"));
    return TenantContext.callAs(
        tenant,
        () -> transaction.execute(status -> work.apply(links.findByTokenHash(hash).orElseThrow())));
  }
}
