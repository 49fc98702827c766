package io.atumdesk.problem;

import io.atumdesk.ticket.LinkView;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketStatus;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** An incident linked to a problem, its key written as text on the API. */
public record LinkedIncident(
    @JsonSerialize(using = ToStringSerializer.class) TicketKey key,
    String subject,
    TicketStatus status) {

  static LinkedIncident of(LinkView link) {
    return new LinkedIncident(link.key(), link.subject(), link.status());
  }
}
