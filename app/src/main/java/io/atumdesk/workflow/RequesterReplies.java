package io.atumdesk.workflow;

import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.CommentAdded;
import io.atumdesk.ticket.TicketRecords;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A public reply from the requester ends the wait on the requester, in the reply's transaction. */
@Component
class RequesterReplies {

  static final String AWAIT_REQUESTER = "awaitRequester";
  private final TaskInbox inbox;
  private final TicketRecords records;

  RequesterReplies(TaskInbox inbox, TicketRecords records) {
    this.inbox = inbox;
    this.records = records;
  }

  @EventListener
  void on(CommentAdded comment) {
    if (!comment.byRequester() || comment.internal()) {
      return;
    }
    var ticket = records.byId(comment.ticketId());
    if (ticket.processInstanceId() != null) {
      inbox.completeWaiting(
          TenantContext.required(), ticket.processInstanceId(), AWAIT_REQUESTER, comment.author());
    }
  }
}
