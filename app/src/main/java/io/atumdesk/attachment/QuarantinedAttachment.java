package io.atumdesk.attachment;

import io.atumdesk.ticket.TicketKey;

/** A file held in quarantine, as administrators see it: where it was sent and why it is held. */
public record QuarantinedAttachment(TicketKey ticketKey, AttachmentView attachment) {}
