package io.atumdesk.workflow;

import io.atumdesk.ticket.TicketType;

/**
 * The names shared between the shipped models and Java: process keys by ticket type, and the
 * process variables every ticket process gets at start.
 */
final class TicketProcesses {

  static final String TICKET_ID = "ticketId";
  static final String TICKET_KEY = "ticketKey";
  static final String REQUESTER = "requester";
  static final String AUTO_CLOSE_AFTER = "autoCloseAfter";

  private TicketProcesses() {}

  static String processKey(TicketType type) {
    return switch (type) {
      case INCIDENT -> "incident";
      case SERVICE_REQUEST -> "request";
      case PROBLEM -> "problem";
      case CHANGE -> "change";
    };
  }
}
