package io.atumdesk.contact;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.Role;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agents and admins look contacts up, see them across channels, and merge duplicates. */
@Service
public class ContactDirectory {

  private final ContactStore contacts;
  private final IdentityStore identities;
  private final ContactTicketStore tickets;
  private final TicketManagement ticketManagement;

  ContactDirectory(
      ContactStore contacts,
      IdentityStore identities,
      ContactTicketStore tickets,
      TicketManagement ticketManagement) {
    this.contacts = contacts;
    this.identities = identities;
    this.tickets = tickets;
    this.ticketManagement = ticketManagement;
  }

  public record Summary(Long id, String displayName, String username) {}

  public record Identity(String kind, String value) {}

  public record TicketLine(
      String key, String subject, String status, String channel, Instant lastSeen) {}

  public record Profile(
      Long id,
      String displayName,
      String username,
      List<Identity> identities,
      List<TicketLine> tickets) {}

  @Transactional(readOnly = true)
  public List<Summary> search(Actor actor, String text) {
    requireStaff(actor);
    String query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    String pattern =
        "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return contacts.search(pattern, PageRequest.of(0, 50)).stream()
        .map(c -> new Summary(c.id(), c.displayName(), c.username()))
        .toList();
  }

  /** A contact with its identities and tickets; a merged contact answers as its survivor. */
  @Transactional(readOnly = true)
  public Profile get(Actor actor, Long id) {
    requireStaff(actor);
    Contact contact = found(id);
    while (contact.mergedInto() != null) {
      contact = found(contact.mergedInto());
    }
    List<ContactTicket> lines = tickets.findByContactIdOrderByLastSeenDesc(contact.id());
    Map<String, Ticket> visible =
        ticketManagement
            .find(actor, lines.stream().map(l -> new TicketKey(l.ticketKey())).toList())
            .stream()
            .collect(Collectors.toMap(t -> t.key().value(), Function.identity()));
    return new Profile(
        contact.id(),
        contact.displayName(),
        contact.username(),
        identities.findByContactIdOrderByKindAscIdentityValueAsc(contact.id()).stream()
            .map(i -> new Identity(i.kind(), i.value()))
            .toList(),
        lines.stream()
            .filter(l -> visible.containsKey(l.ticketKey()))
            .map(l -> line(l, visible.get(l.ticketKey())))
            .toList());
  }

  /** Moves everything of {@code duplicate} to {@code survivor}; the duplicate points there. */
  @Transactional
  public Profile merge(Actor actor, Long survivorId, Long duplicateId) {
    requireStaff(actor);
    if (survivorId.equals(duplicateId)) {
      throw new InvalidInputException("duplicate", "must be another contact than the survivor");
    }
    Contact survivor = current(survivorId);
    Contact duplicate = current(duplicateId);
    identities
        .findByContactIdOrderByKindAscIdentityValueAsc(duplicate.id())
        .forEach(i -> i.moveTo(survivor.id()));
    for (ContactTicket line : tickets.findByContactIdOrderByLastSeenDesc(duplicate.id())) {
      var kept = tickets.findByContactIdAndTicketKey(survivor.id(), line.ticketKey());
      if (kept.isPresent()) {
        tickets.delete(line);
      } else {
        line.moveTo(survivor.id());
      }
    }
    duplicate.mergeInto(survivor);
    tickets.flush();
    return get(actor, survivor.id());
  }

  private Contact current(Long id) {
    Contact contact = found(id);
    if (contact.mergedInto() != null) {
      throw new InvalidInputException(
          "contact", "contact " + id + " was merged into " + contact.mergedInto() + " already");
    }
    return contact;
  }

  private Contact found(Long id) {
    return contacts.findById(id).orElseThrow(() -> new NotFoundException("contact", id));
  }

  private static TicketLine line(ContactTicket line, Ticket ticket) {
    return new TicketLine(
        line.ticketKey(),
        ticket.subject(),
        ticket.status().name(),
        line.channel(),
        line.lastSeen());
  }

  private static void requireStaff(Actor actor) {
    if (!actor.has(Role.AGENT) && !actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only agents and admins see contacts.");
    }
  }
}
