package io.atumdesk.inbox;

import io.atumdesk.ticket.Priority;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketType;
import java.util.Set;

/**
 * Narrows a view; empty or null criteria do not filter. {@code assignee} {@value #UNASSIGNED} means
 * tickets nobody holds. {@code text} is found in the key or the subject, ignoring case.
 */
public record InboxFilter(
    Set<TicketType> types,
    Set<TicketStatus> statuses,
    Set<Priority> priorities,
    String assignmentGroup,
    String assignee,
    String category,
    String text) {

  public static final String UNASSIGNED = "unassigned";

  public static final InboxFilter NONE = new InboxFilter(null, null, null, null, null, null, null);

  public InboxFilter {
    types = types == null ? Set.of() : Set.copyOf(types);
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
    assignmentGroup = blankToNull(assignmentGroup);
    assignee = blankToNull(assignee);
    category = blankToNull(category);
    text = blankToNull(text);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
