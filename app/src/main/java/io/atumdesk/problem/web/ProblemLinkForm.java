package io.atumdesk.problem.web;

import io.atumdesk.ticket.TicketKey;

/** The problem a ticket on the page is linked to, by its key as typed. */
record ProblemLinkForm(String problemKey) {

  TicketKey key() {
    return new TicketKey(problemKey == null ? "" : problemKey.strip().toUpperCase());
  }
}
