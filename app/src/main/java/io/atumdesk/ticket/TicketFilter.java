package io.atumdesk.ticket;

import java.util.Set;

/** Criteria for listing tickets; empty or null criteria do not filter. */
public record TicketFilter(
    Set<TicketStatus> statuses,
    Set<TicketType> types,
    Set<Priority> priorities,
    String assignmentGroup,
    String assignee,
    String requester,
    String text) {}
