package io.atumdesk.inbox;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.Role;
import io.atumdesk.inbox.internal.InboxReadModel;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agent inbox: a page of a view, and the counts of every view. Agents and admins only;
 * customers follow their own tickets through the ticket API.
 */
@Service
@Transactional(readOnly = true)
public class Inbox {

  private final InboxReadModel readModel;

  Inbox(InboxReadModel readModel) {
    this.readModel = readModel;
  }

  /** The rows of {@code query}; the page's {@code nextCursor} fetches the next one. */
  public InboxPage page(Actor actor, InboxQuery query) {
    requireInboxUser(actor);
    return readModel.page(actor, query);
  }

  /** Every view's number of tickets, counted up to {@code atum.inbox.count-cap}. */
  public List<ViewCount> counts(Actor actor) {
    requireInboxUser(actor);
    return readModel.counts(actor);
  }

  /**
   * Agents work tickets and admins help out in every queue. CAB members and process designers have
   * no queue to work (changes do not wait on the CAB yet), so they list tickets through the ticket
   * API instead.
   */
  static void requireInboxUser(Actor actor) {
    if (!actor.has(Role.AGENT) && !actor.has(Role.ADMIN)) {
      throw new ForbiddenException(
          "The inbox is for agents and admins; use /api/v1/tickets to follow your tickets.");
    }
  }
}
