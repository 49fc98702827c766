package io.atumdesk.ticket;

/** Someone moved a ticket to another group or person by hand; its open group task follows. */
public record TicketReassigned(
    Long ticketId, String processInstanceId, String assignmentGroup, String assignee) {}
