package io.atumdesk.ticket;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.people.PeopleDirectory;
import io.atumdesk.people.Person;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * {@code @username} in internal notes: staff of the ticket's tenant named there hear of it through
 * an {@link AgentMentioned} event; any other name stays plain text. Also finds whom to offer while
 * someone types a mention.
 */
@Service
public class Mentions {

  /** After a start, space or bracket, so that {@code bob@example.com} mentions nobody. */
  private static final Pattern MENTION =
      Pattern.compile("(?<![\\p{L}\\p{N}._@-])@([A-Za-z0-9][A-Za-z0-9._-]{0,99})");

  private static final int MAX_PER_NOTE = 20;
  private static final int MAX_SUGGESTIONS = 10;
  private static final int EXCERPT = 500;

  private final PeopleDirectory people;
  private final ApplicationEventPublisher events;

  Mentions(PeopleDirectory people, ApplicationEventPublisher events) {
    this.people = people;
    this.events = events;
  }

  /** Staff of the caller's tenant whose username or name starts with {@code prefix}. */
  public List<Person> mentionable(Actor actor, String prefix) {
    if (!actor.isStaff()) {
      throw new ForbiddenException("Only agents mention colleagues.");
    }
    return people.staffStartingWith(actor.tenantId(), prefix, MAX_SUGGESTIONS);
  }

  /** The usernames written as {@code @name} in the text, in order, without a closing full stop. */
  static Set<String> usernamesIn(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = MENTION.matcher(text == null ? "" : text);
    while (matcher.find() && names.size() < MAX_PER_NOTE) {
      names.add(matcher.group(1).replaceAll("[._-]+$", ""));
    }
    return names;
  }

  /** Which names in a note are staff of the ticket's tenant, other than its author. */
  Set<String> staffIn(Ticket ticket, String author, String note) {
    Set<String> names = usernamesIn(note);
    names.remove(author);
    Set<String> staff = people.staffAmong(ticket.tenantId(), names);
    names.retainAll(staff);
    return names;
  }

  void announce(Ticket ticket, String author, Set<String> mentioned, String note) {
    String excerpt = note.length() <= EXCERPT ? note : note.substring(0, EXCERPT) + "…";
    mentioned.forEach(
        name ->
            events.publishEvent(
                new AgentMentioned(
                    ticket.tenantId(), ticket.id(), ticket.key(), name, author, excerpt)));
  }
}
