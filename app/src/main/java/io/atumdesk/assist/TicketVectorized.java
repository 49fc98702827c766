package io.atumdesk.assist;

/** A ticket's vector was stored (first time or after its text changed) and is searchable. */
public record TicketVectorized(Long ticketId, String tenantId) {}
