package io.atumdesk.catalog;

import io.atumdesk.catalog.OrderProcesses.OpenStep;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An order as its requester follows it: the order's own open steps (approvals), and per item its
 * status, what was ordered and the steps it waits at (which step, which group).
 */
public record OrderView(
    String key,
    String subject,
    OrderStatus status,
    String ticketStatus,
    String approval,
    Instant createdAt,
    List<OpenStep> waitingAt,
    List<Line> items) {

  /** One ordered item and its progress. */
  public record Line(
      int position,
      String name,
      String formKey,
      ItemStatus status,
      Map<String, Object> data,
      String linkedTicket,
      List<OpenStep> waitingAt,
      Instant completedAt) {}

  /** An order in a list of orders. */
  public record Summary(String key, OrderStatus status, int items, Instant createdAt) {}
}
