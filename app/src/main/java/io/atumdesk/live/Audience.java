package io.atumdesk.live;

import io.atumdesk.core.Role;
import java.util.Set;

/** Which open streams of a signal's tenant receive it. */
sealed interface Audience {

  boolean includes(LiveStream stream);

  /** Agents and admins, on every page: they work the tenant's queues. */
  record Staff() implements Audience {
    @Override
    public boolean includes(LiveStream stream) {
      return stream.actor().has(Role.AGENT) || stream.actor().has(Role.ADMIN);
    }
  }

  /** One person, on every page. */
  record Person(String username) implements Audience {
    @Override
    public boolean includes(LiveStream stream) {
      return stream.actor().username().equals(username);
    }
  }

  /** Staff members of any of the groups, on every page. */
  record Members(Set<String> groups) implements Audience {
    public Members {
      groups = Set.copyOf(groups);
    }

    @Override
    public boolean includes(LiveStream stream) {
      return stream.actor().isStaff()
          && stream.actor().groups().stream().anyMatch(groups::contains);
    }
  }

  /** Staff on a page that follows no single ticket (inboxes, lists). */
  record Inbox() implements Audience {
    @Override
    public boolean includes(LiveStream stream) {
      return stream.ticket() == null && stream.actor().isStaff();
    }
  }

  /**
   * Whoever has the ticket's page open. The stream was only opened for people who may see the
   * ticket; {@code staffOnly} keeps internal matters from its requester.
   */
  record TicketPage(String ticketKey, boolean staffOnly) implements Audience {
    @Override
    public boolean includes(LiveStream stream) {
      return ticketKey.equals(stream.ticket()) && (!staffOnly || stream.actor().isStaff());
    }
  }
}
