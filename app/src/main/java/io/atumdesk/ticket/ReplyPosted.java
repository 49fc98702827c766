package io.atumdesk.ticket;

/**
 * A public reply was written on a ticket, in the reply's transaction (internal notes never publish
 * this): what goes back to the requester.
 *
 * @param entryId the reply's timeline entry, which its files are attached to
 * @param byRequester whether the requester wrote it themself
 */
public record ReplyPosted(
    String tenantId,
    Long ticketId,
    TicketKey key,
    Long entryId,
    String author,
    String body,
    boolean byRequester) {}
