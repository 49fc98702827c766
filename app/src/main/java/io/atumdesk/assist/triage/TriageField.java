package io.atumdesk.assist.triage;

import io.atumdesk.ticket.TicketField;

/** The ticket fields triage suggests, with their API names. */
public enum TriageField {
  CATEGORY(TicketField.CATEGORY),
  PRIORITY(TicketField.PRIORITY),
  ASSIGNMENT_GROUP(TicketField.ASSIGNMENT_GROUP);

  private final TicketField ticketField;

  TriageField(TicketField ticketField) {
    this.ticketField = ticketField;
  }

  public TicketField ticketField() {
    return ticketField;
  }

  public String apiName() {
    return ticketField.apiName();
  }
}
