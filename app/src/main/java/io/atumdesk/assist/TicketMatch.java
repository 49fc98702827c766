package io.atumdesk.assist;

/** A ticket near a query vector, with their cosine similarity (1 is the same meaning). */
public record TicketMatch(long ticketId, double score) {}
