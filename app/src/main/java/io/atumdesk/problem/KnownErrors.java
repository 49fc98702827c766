package io.atumdesk.problem;

import io.atumdesk.cmdb.CiKey;
import io.atumdesk.cmdb.CiRef;
import io.atumdesk.cmdb.TicketItems;
import io.atumdesk.cmdb.TicketLinkView;
import io.atumdesk.core.Actor;
import io.atumdesk.ticket.LinkView;
import io.atumdesk.ticket.LinkedTickets;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The known error database: published known errors searched by text, category and item, and the
 * ones that match an incident (linked to it, on one of its items, or of its category) with their
 * workaround.
 */
@Service
public class KnownErrors {

  static final int LIMIT = 100;
  private static final String PROBLEM_PREFIX = TicketType.PROBLEM.prefix() + "-";

  /** Stands for "none" in an IN list, which must not be empty; no key or category is blank. */
  private static final List<String> NOTHING = List.of("");

  private final ProblemRows rows;
  private final TicketManagement tickets;
  private final LinkedTickets links;
  private final TicketItems items;

  KnownErrors(ProblemRows rows, TicketManagement tickets, LinkedTickets links, TicketItems items) {
    this.rows = rows;
    this.tickets = tickets;
    this.links = links;
    this.items = items;
  }

  /** Published known errors, newest first, by words in them, category and configuration item. */
  @Transactional(readOnly = true)
  public List<KnownError> search(Actor actor, String text, String category, String ciKey) {
    ProblemAccess.requireAgent(actor);
    String like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase() + "%";
    String cat = category == null || category.isBlank() ? null : category.strip();
    List<Problem> found = rows.knownErrors(cat, like, PageRequest.of(0, LIMIT));
    if (ciKey != null && !ciKey.isBlank()) {
      Set<String> onItem =
          items.ticketsOf(actor, new CiKey(ciKey.strip())).stream()
              .map(TicketLinkView::ticketKey)
              .collect(Collectors.toSet());
      found = found.stream().filter(p -> onItem.contains(p.ticketKey())).toList();
    }
    return views(actor, found, p -> EnumSet.noneOf(MatchReason.class));
  }

  /** The known errors that still apply to this incident, each with why it matches. */
  @Transactional(readOnly = true)
  public List<KnownError> forIncident(Actor actor, TicketKey key) {
    ProblemAccess.requireAgent(actor);
    Ticket incident = tickets.get(actor, key);
    Set<String> linked = problemKeys(links.links(actor, key).stream().map(LinkView::key));
    Set<String> onItems = new HashSet<>();
    for (CiRef item : items.itemsOf(actor, key)) {
      onItems.addAll(
          problemKeys(
              items.ticketsOf(actor, item.key()).stream().map(l -> new TicketKey(l.ticketKey()))));
    }
    Set<String> keys = new HashSet<>(linked);
    keys.addAll(onItems);
    String category = incident.category();
    List<Problem> found =
        rows.activeKnownErrors(
            category == null ? NOTHING : List.of(category),
            keys.isEmpty() ? NOTHING : keys,
            FixState.FIXED,
            PageRequest.of(0, LIMIT));
    return views(
        actor,
        found,
        p -> {
          Set<MatchReason> why = EnumSet.noneOf(MatchReason.class);
          if (linked.contains(p.ticketKey())) {
            why.add(MatchReason.LINKED);
          }
          if (onItems.contains(p.ticketKey())) {
            why.add(MatchReason.CONFIGURATION_ITEM);
          }
          if (category != null && category.equals(p.category())) {
            why.add(MatchReason.CATEGORY);
          }
          return why;
        });
  }

  private static Set<String> problemKeys(java.util.stream.Stream<TicketKey> keys) {
    return keys.map(TicketKey::value)
        .filter(k -> k.startsWith(PROBLEM_PREFIX))
        .collect(Collectors.toSet());
  }

  private List<KnownError> views(
      Actor actor, List<Problem> found, Function<Problem, Set<MatchReason>> why) {
    Map<String, String> subjects =
        tickets.find(actor, found.stream().map(p -> new TicketKey(p.ticketKey())).toList()).stream()
            .collect(Collectors.toMap(t -> t.key().value(), Ticket::subject));
    List<KnownError> views = new ArrayList<>();
    for (Problem problem : found) {
      views.add(KnownError.of(problem, subjects.get(problem.ticketKey()), why.apply(problem)));
    }
    return views;
  }
}
