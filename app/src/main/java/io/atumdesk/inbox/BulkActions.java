package io.atumdesk.inbox;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.inbox.internal.InboxProperties;
import io.atumdesk.inbox.internal.StatusMoves;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketField;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The same change for many tickets, each in its own transaction so one refusal leaves the others
 * done. Reassigning goes through {@link TicketManagement#update}, so the open task follows; a
 * status is reached by steering the process (see {@link StatusMoves}), never set by hand.
 */
@Service
public class BulkActions {

  private static final Logger log = LoggerFactory.getLogger(BulkActions.class);

  private final TicketManagement tickets;
  private final StatusMoves moves;
  private final InboxProperties properties;
  private final TransactionTemplate transaction;

  BulkActions(
      TicketManagement tickets,
      StatusMoves moves,
      InboxProperties properties,
      PlatformTransactionManager transactions) {
    this.tickets = tickets;
    this.moves = moves;
    this.properties = properties;
    this.transaction = new TransactionTemplate(transactions);
  }

  public BulkOutcome apply(Actor actor, BulkChange change) {
    Inbox.requireInboxUser(actor);
    if (change.keys().size() > properties.bulkLimit()) {
      throw new InvalidInputException(
          "keys", "may list at most " + properties.bulkLimit() + " tickets at once");
    }
    List<BulkOutcome.Result> results = new ArrayList<>();
    for (String key : change.keys()) {
      results.add(applyTo(actor, key, change));
    }
    return new BulkOutcome(results);
  }

  private BulkOutcome.Result applyTo(Actor actor, String key, BulkChange change) {
    try {
      transaction.executeWithoutResult(
          status -> {
            TicketKey ticketKey = new TicketKey(key);
            if (change.reassigns()) {
              reassign(actor, ticketKey, change);
            }
            if (change.status() != null) {
              moves.steer(actor, ticketKey, change);
            }
          });
      return new BulkOutcome.Result(key, true, null);
    } catch (NotFoundException
        | ConflictException
        | ForbiddenException
        | InvalidInputException refused) {
      return new BulkOutcome.Result(key, false, refused.getMessage());
    } catch (RuntimeException unexpected) {
      log.warn("Bulk change of {} failed", key, unexpected);
      return new BulkOutcome.Result(key, false, "Could not be changed; try this ticket again.");
    }
  }

  private void reassign(Actor actor, TicketKey key, BulkChange change) {
    Ticket ticket = tickets.get(actor, key);
    Map<TicketField, Object> fields = new EnumMap<>(TicketField.class);
    if (change.assignmentGroup() != null) {
      fields.put(TicketField.ASSIGNMENT_GROUP, change.assignmentGroup());
    }
    if (change.assignee() != null) {
      fields.put(TicketField.ASSIGNEE, change.assignee());
    } else if (change.assignmentGroup() != null
        && !change.assignmentGroup().equals(ticket.assignmentGroup())) {
      // Another group's ticket waits in that group's queue, not with the agent who had it.
      fields.put(TicketField.ASSIGNEE, null);
    }
    tickets.update(actor, key, ticket.version(), fields);
  }
}
