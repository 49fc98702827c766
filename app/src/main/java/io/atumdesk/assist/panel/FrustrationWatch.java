package io.atumdesk.assist.panel;

import io.atumdesk.ticket.CommentAdded;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Looks at the customer's mood after each of their public replies and after a reopening, once the
 * change committed, so that neither waits for the embeddings.
 */
@Component
class FrustrationWatch {

  private final CustomerFrustration frustration;

  FrustrationWatch(CustomerFrustration frustration) {
    this.frustration = frustration;
  }

  @ApplicationModuleListener
  void on(CommentAdded comment) {
    if (comment.byRequester() && !comment.internal()) {
      frustration.assess(comment.ticketId());
    }
  }

  @ApplicationModuleListener
  void on(TicketStatusChanged change) {
    if (change.from() == TicketStatus.RESOLVED && change.to() != TicketStatus.CLOSED) {
      frustration.assess(change.ticketId());
    }
  }
}
