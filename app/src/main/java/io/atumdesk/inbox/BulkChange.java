package io.atumdesk.inbox;

import io.atumdesk.core.InvalidInputException;
import io.atumdesk.ticket.TicketStatus;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One change for many tickets: a new group and/or assignee (an empty assignee takes the ticket off
 * its agent; a new group without an assignee puts it in that group's queue), and/or a status the
 * ticket's process is steered to. RESOLVED needs the {@code resolution} the requester reads,
 * PENDING the {@code pendingReason} they are asked.
 */
public record BulkChange(
    List<String> keys,
    String assignmentGroup,
    String assignee,
    TicketStatus status,
    String resolution,
    String pendingReason) {

  /** The statuses a bulk change can steer a ticket's process to. */
  public static final Set<TicketStatus> STEERABLE =
      Set.of(TicketStatus.IN_PROGRESS, TicketStatus.PENDING, TicketStatus.RESOLVED);

  public BulkChange {
    if (keys == null || keys.isEmpty()) {
      throw new InvalidInputException("keys", "must list at least one ticket key");
    }
    keys = List.copyOf(new LinkedHashSet<>(keys));
    if (assignmentGroup == null && assignee == null && status == null) {
      throw new InvalidInputException(
          "status", "or assignmentGroup or assignee must be given: there is nothing to change");
    }
    if (status != null && !STEERABLE.contains(status)) {
      throw new InvalidInputException(
          "status", "can be IN_PROGRESS, PENDING or RESOLVED; the process does the rest");
    }
    if (status == TicketStatus.RESOLVED && isBlank(resolution)) {
      throw new InvalidInputException("resolution", "must say what was done to resolve tickets");
    }
    if (status == TicketStatus.PENDING && isBlank(pendingReason)) {
      throw new InvalidInputException(
          "pendingReason", "must say what the requester is asked for to set tickets pending");
    }
  }

  boolean reassigns() {
    return assignmentGroup != null || assignee != null;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
