package io.atumdesk.attachment;

import io.atumdesk.ticket.TicketKey;

/**
 * Where a file goes: the ticket, and the reply or note it belongs to (null for the ticket itself).
 *
 * @param internal whether the file belongs to an internal note, which customers never see
 */
record AttachmentTarget(
    String tenantId,
    Long ticketId,
    TicketKey ticketKey,
    Long entryId,
    boolean internal,
    String actor) {}
