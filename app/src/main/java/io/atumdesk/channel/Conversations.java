package io.atumdesk.channel;

import io.atumdesk.ticket.TicketKey;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers, per ticket, where its requester last wrote from. Every inbound channel records here in
 * the transaction that threads or raises the ticket; the outbox reads it to send replies back the
 * same way. A ticket raised on the web has none, and its requester hears by notification.
 */
@Service
public class Conversations {

  private final ConversationStore store;
  private final Clock clock;

  Conversations(ConversationStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** In the caller's transaction, for the current tenant: the latest inbound message wins. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      TicketKey ticket, String channel, String account, String address, String threadReference) {
    // Filled in before it is saved: an identity id inserts at once, and every column is required.
    Conversation conversation =
        store.findByTicketKey(ticket.value()).orElseGet(() -> new Conversation(ticket.value()));
    conversation.continueOn(channel, account, address, threadReference, clock.instant());
    store.save(conversation);
  }

  @Transactional(readOnly = true)
  public Optional<Conversation> of(TicketKey ticket) {
    return store.findByTicketKey(ticket.value());
  }
}
