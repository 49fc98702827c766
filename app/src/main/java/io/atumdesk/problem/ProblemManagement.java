package io.atumdesk.problem;

import io.atumdesk.cmdb.CiRef;
import io.atumdesk.cmdb.LinkRole;
import io.atumdesk.cmdb.TicketItems;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.ticket.LinkKind;
import io.atumdesk.ticket.LinkedTickets;
import io.atumdesk.ticket.RaiseTicket;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raising problems (from incidents or proactively), reading them and recording their investigation.
 * Agents and admins only; a problem of another tenant does not exist.
 */
@Service
public class ProblemManagement {

  private final TicketManagement tickets;
  private final LinkedTickets links;
  private final TicketItems items;
  private final ProblemRows rows;
  private final ProblemReader reader;
  private final Clock clock;

  ProblemManagement(
      TicketManagement tickets,
      LinkedTickets links,
      TicketItems items,
      ProblemRows rows,
      ProblemReader reader,
      Clock clock) {
    this.tickets = tickets;
    this.links = links;
    this.items = items;
    this.rows = rows;
    this.reader = reader;
    this.clock = clock;
  }

  /**
   * Raises a problem linked to each incident (the incidents "caused by" it), with the items the
   * incidents affect linked to it as affected.
   *
   * @throws InvalidInputException naming each key that is not one of the tenant's incidents
   */
  @Transactional
  public ProblemView raise(Actor actor, RaiseProblem command) {
    ProblemAccess.requireAgent(actor);
    List<Ticket> incidents = incidents(actor, command.incidents());
    String subject =
        command.subject() != null && !command.subject().isBlank()
            ? command.subject().strip()
            : incidents.isEmpty() ? null : incidents.get(0).subject();
    if (subject == null) {
      throw new InvalidInputException("subject", "must be given for a problem raised proactively");
    }
    String category =
        command.category() != null || incidents.isEmpty()
            ? command.category()
            : incidents.get(0).category();
    var raise =
        new RaiseTicket(
            TicketType.PROBLEM,
            subject,
            command.description(),
            command.impact(),
            command.urgency(),
            category,
            null);
    Ticket problem =
        tickets.raise(
            actor,
            raise,
            ticket -> {
              rows.save(new Problem(actor.tenantId(), ticket.id(), ticket.key().value(), now()));
              linkIncidents(actor, ticket.key(), incidents);
              return Map.of();
            });
    return reader.view(actor, problem.key());
  }

  @Transactional(readOnly = true)
  public ProblemView get(Actor actor, TicketKey key) {
    ProblemAccess.requireAgent(actor);
    return reader.view(actor, key);
  }

  /**
   * Records the investigation so far, each field given replacing the one recorded; it can be
   * refined until the problem is closed.
   */
  @Transactional
  public ProblemView investigate(Actor actor, TicketKey key, Investigation investigation) {
    ProblemAccess.requireAgent(actor);
    InvestigationCheck.check(investigation);
    Ticket ticket = reader.problemTicket(actor, key);
    if (!ticket.status().isOpen()) {
      throw new ConflictException(key + " is closed; its investigation can no longer change.");
    }
    Problem problem = reader.row(ticket);
    problem.investigate(problem.investigation().with(investigation), now());
    rows.flush();
    return reader.view(actor, key);
  }

  /**
   * Links an incident to the problem behind it, so the problem's known error shows on it and its
   * resolution reaches it.
   *
   * @throws ConflictException if the two are linked already
   */
  @Transactional
  public ProblemView linkIncident(Actor actor, TicketKey problem, TicketKey incident) {
    ProblemAccess.requireAgent(actor);
    reader.problemTicket(actor, problem);
    if (tickets.get(actor, incident).type() != TicketType.INCIDENT) {
      throw new InvalidInputException("incidentKey", incident + " is not an incident");
    }
    links.link(actor, problem, LinkKind.CAUSES, incident);
    return reader.view(actor, problem);
  }

  private void linkIncidents(Actor actor, TicketKey problem, List<Ticket> incidents) {
    Map<String, CiRef> affected = new LinkedHashMap<>();
    for (Ticket incident : incidents) {
      links.link(actor, problem, LinkKind.CAUSES, incident.key());
      items.itemsOf(actor, incident.key()).forEach(ci -> affected.put(ci.key().value(), ci));
    }
    affected.values().forEach(ci -> items.link(actor, ci.key(), problem, LinkRole.AFFECTED));
  }

  /** The incidents named, each checked: 400 naming every key that is not an incident here. */
  private List<Ticket> incidents(Actor actor, List<String> keys) {
    Map<String, Ticket> found = new LinkedHashMap<>();
    List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      String field = "incidents[" + i + "]";
      Ticket ticket = reader.anyTicket(actor, key).orElse(null);
      if (ticket == null) {
        problems.add(new InvalidInputException.FieldProblem(field, key + " names no ticket"));
      } else if (ticket.type() != TicketType.INCIDENT) {
        problems.add(new InvalidInputException.FieldProblem(field, key + " is not an incident"));
      } else if (found.putIfAbsent(key, ticket) != null) {
        problems.add(new InvalidInputException.FieldProblem(field, key + " is named twice"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "These keys name no incident: "
              + String.join(", ", problems.stream().map(p -> p.message()).toList())
              + ".",
          problems);
    }
    return List.copyOf(found.values());
  }

  private Instant now() {
    return clock.instant();
  }
}
