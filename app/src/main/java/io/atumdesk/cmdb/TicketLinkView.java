package io.atumdesk.cmdb;

import java.time.Instant;

/** A link between an item and a ticket, with both sides named. */
public record TicketLinkView(CiRef item, String ticketKey, LinkRole role, Instant linkedAt) {}
