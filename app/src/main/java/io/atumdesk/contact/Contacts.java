package io.atumdesk.contact;

import io.atumdesk.core.Actor;
import io.atumdesk.core.TenantContext;
import io.atumdesk.people.PeopleDirectory;
import io.atumdesk.ticket.TicketKey;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds or makes the contact behind an inbound message, and notes the tickets they write on. Both
 * run in the channel's transaction for the current tenant, so a message and its contact commit
 * together. An e-mail address that belongs to an account links the contact to it.
 */
@Service
public class Contacts {

  private static final int LONGEST_REQUESTER = 100;

  private final ContactStore contacts;
  private final IdentityStore identities;
  private final ContactTicketStore tickets;
  private final PeopleDirectory people;
  private final Clock clock;

  Contacts(
      ContactStore contacts,
      IdentityStore identities,
      ContactTicketStore tickets,
      PeopleDirectory people,
      Clock clock) {
    this.contacts = contacts;
    this.identities = identities;
    this.tickets = tickets;
    this.people = people;
    this.clock = clock;
  }

  /** The contact who wrote; {@link #requester()} is who a ticket they raise is for. */
  public record Sender(Long contactId, String displayName, String username, String identity) {

    public String requester() {
      String who = username != null ? username : identity;
      return who.length() <= LONGEST_REQUESTER ? who : who.substring(0, LONGEST_REQUESTER);
    }
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public Sender resolve(IdentityKind kind, String value, String displayName) {
    String identity = kind.normalise(value);
    Contact contact =
        identities
            .findByKindAndIdentityValue(kind.code(), identity)
            .map(found -> survivor(found.contactId()))
            .orElseGet(() -> create(kind, identity, displayName));
    return new Sender(contact.id(), contact.displayName(), contact.username(), identity);
  }

  /** Notes that the contact wrote on {@code ticket} through {@code channel}. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void wroteOn(Sender sender, TicketKey ticket, String channel) {
    tickets
        .findByContactIdAndTicketKey(sender.contactId(), ticket.value())
        .ifPresentOrElse(
            known -> known.seen(channel, clock.instant()),
            () ->
                tickets.save(
                    new ContactTicket(
                        sender.contactId(), ticket.value(), channel, clock.instant())));
  }

  private Contact create(IdentityKind kind, String identity, String displayName) {
    String username =
        kind == IdentityKind.EMAIL
            ? people
                .actorByEmail(TenantContext.required(), identity)
                .map(Actor::username)
                .orElse(null)
            : null;
    String name = displayName == null || displayName.isBlank() ? identity : displayName.strip();
    Contact contact = contacts.save(new Contact(name, username, clock.instant()));
    identities.saveAndFlush(new ContactIdentity(contact.id(), kind, identity, clock.instant()));
    return contact;
  }

  private Contact survivor(Long contactId) {
    Contact contact = contacts.findById(contactId).orElseThrow();
    while (contact.mergedInto() != null) {
      contact = contacts.findById(contact.mergedInto()).orElseThrow();
    }
    return contact;
  }
}
