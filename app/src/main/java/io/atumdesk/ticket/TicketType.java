package io.atumdesk.ticket;

/** The kinds of work item; each has its own key prefix and its own process. */
public enum TicketType {
  INCIDENT("INC"),
  SERVICE_REQUEST("REQ"),
  PROBLEM("PRB"),
  CHANGE("CHG");

  private final String prefix;

  TicketType(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }
}
