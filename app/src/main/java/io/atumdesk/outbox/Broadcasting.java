package io.atumdesk.outbox;

import io.atumdesk.channel.AccountSettings;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.Role;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends one text to many recipients on one sending account (a major incident told to everyone
 * affected): each recipient becomes an outbox message, due in a slot of the account's pace (its
 * {@code messagesPerSecond}, else {@code atum.outbox.pace}), so the provider's rate limit holds
 * however many are named, the dispatcher never waits on it, and each is retried or dead-lettered
 * alone.
 */
@Service
public class Broadcasting {

  /** What to send, to whom, from which account; {@code ticketKey} optional. */
  public record BroadcastRequest(
      String channel, String account, List<String> recipients, String text, String ticketKey) {}

  /** A broadcast with how many of its messages have each status. */
  public record Progress(Broadcast broadcast, Map<OutboxStatus, Long> counts) {}

  static final int MAX_TEXT = 1600;
  private final Map<String, AccountSettings> accounts;
  private final Broadcasts broadcasts;
  private final BroadcastMessages messages;
  private final SendPace pace;
  private final Outbox outbox;
  private final TicketManagement tickets;
  private final OutboxProperties properties;
  private final Clock clock;

  Broadcasting(
      List<AccountSettings> accounts,
      Broadcasts broadcasts,
      BroadcastMessages messages,
      SendPace pace,
      Outbox outbox,
      TicketManagement tickets,
      OutboxProperties properties,
      Clock clock) {
    this.accounts =
        accounts.stream().collect(Collectors.toMap(AccountSettings::channel, Function.identity()));
    this.broadcasts = broadcasts;
    this.messages = messages;
    this.pace = pace;
    this.outbox = outbox;
    this.tickets = tickets;
    this.properties = properties;
    this.clock = clock;
  }

  @Transactional
  public Broadcast send(Actor actor, BroadcastRequest request) {
    requireAgent(actor);
    List<String> recipients = checked(request);
    String ticketKey = ticketKey(actor, request.ticketKey());
    Instant now = clock.instant();
    List<Instant> slots =
        pace.take(
            actor.tenantId(),
            request.channel(),
            request.account(),
            recipients.size(),
            paceOf(request.channel(), request.account()),
            now);
    Broadcast broadcast =
        broadcasts.save(
            new Broadcast(
                request.channel(),
                request.account(),
                request.text().strip(),
                ticketKey,
                recipients.size(),
                actor.username(),
                now,
                slots.get(slots.size() - 1)));
    for (int i = 0; i < recipients.size(); i++) {
      outbox.queue(
          actor.tenantId(), envelope(broadcast, recipients.get(i)), broadcast, slots.get(i));
    }
    return broadcast;
  }

  @Transactional(readOnly = true)
  public Progress progress(Actor actor, long id) {
    requireAgent(actor);
    Broadcast broadcast =
        broadcasts.findById(id).orElseThrow(() -> new NotFoundException("Broadcast", id));
    return new Progress(broadcast, OutboxStatus.tally(messages.countByStatus(id)));
  }

  /** The accounts a broadcast can go out on, by channel. */
  public Map<String, List<String>> sendingAccounts(Actor actor) {
    requireAgent(actor);
    Map<String, List<String>> byChannel = new TreeMap<>();
    accounts.forEach((channel, settings) -> byChannel.put(channel, settings.names()));
    byChannel.values().removeIf(List::isEmpty);
    return byChannel;
  }

  /** The latest broadcasts of the tenant, newest first. */
  @Transactional(readOnly = true)
  public List<Broadcast> latest(Actor actor, int max) {
    requireAgent(actor);
    return broadcasts
        .findAll(PageRequest.of(0, max, Sort.by(Sort.Direction.DESC, "id")))
        .getContent();
  }

  /** The recipients that are no address of the channel (all of them for an unknown channel). */
  public static List<String> unusable(String channel, List<String> recipients) {
    return distinct(recipients).stream()
        .filter(address -> !BroadcastAddress.valid(channel, address))
        .toList();
  }

  /** The recipients without duplicates, once everything else was found in order. */
  private List<String> checked(BroadcastRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    AccountSettings channel = accounts.get(request.channel());
    if (channel == null) {
      problems.add(new FieldProblem("channel", "must be one of " + accounts.keySet()));
    } else if (request.account() == null || channel.of(request.account()).isEmpty()) {
      problems.add(
          new FieldProblem(
              "account", "must name a %s account of this tenant".formatted(request.channel())));
    }
    if (request.text() == null || request.text().isBlank()) {
      problems.add(new FieldProblem("text", "must not be empty"));
    } else if (request.text().strip().length() > MAX_TEXT) {
      problems.add(new FieldProblem("text", "must be at most %d characters".formatted(MAX_TEXT)));
    }
    List<String> recipients = distinct(request.recipients());
    if (recipients.isEmpty() || recipients.size() > properties.maxBroadcastRecipients()) {
      problems.add(
          new FieldProblem(
              "recipients",
              "must name 1 to %d recipients".formatted(properties.maxBroadcastRecipients())));
    }
    List<String> unusable = unusable(request.channel(), recipients);
    if (!unusable.isEmpty()) {
      problems.add(
          new FieldProblem(
              "recipients",
              "%s %s no %s address (%s)"
                  .formatted(
                      unusable.size() == 1 ? "this is" : "these are",
                      String.join(", ", unusable.subList(0, Math.min(10, unusable.size()))),
                      request.channel(),
                      BroadcastAddress.expected(request.channel()))));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("The broadcast cannot be sent as given.", problems);
    }
    return recipients;
  }

  /** The account's own {@code messagesPerSecond} where it has one, else its channel's pace. */
  private Duration paceOf(String channel, String account) {
    String perSecond =
        accounts.get(channel).of(account).orElseThrow().getOrDefault("messagesPerSecond", "");
    try {
      long rate = Long.parseLong(perSecond.strip());
      if (rate > 0) {
        return Duration.ofNanos(1_000_000_000L / rate);
      }
    } catch (NumberFormatException notSet) {
      // the channel's pace applies
    }
    return properties.pace().getOrDefault(channel, Duration.ZERO);
  }

  private String ticketKey(Actor actor, String key) {
    if (key == null || key.isBlank()) {
      return null;
    }
    return tickets.get(actor, new TicketKey(key.strip())).key().value();
  }

  private static List<String> distinct(List<String> recipients) {
    if (recipients == null) {
      return List.of();
    }
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    recipients.stream()
        .filter(r -> r != null && !r.isBlank())
        .map(String::strip)
        .forEach(distinct::add);
    return List.copyOf(distinct);
  }

  /** Mail gets the text's first line as its subject and is marked as sent by no person. */
  private static Envelope envelope(Broadcast broadcast, String recipient) {
    String firstLine = broadcast.text().lines().findFirst().orElse("").strip();
    String subject =
        (broadcast.ticketKey() == null ? "" : "[" + broadcast.ticketKey() + "] ")
            + firstLine.substring(0, Math.min(78, firstLine.length()));
    boolean mail = "email".equals(broadcast.channel());
    return new Envelope(
        broadcast.channel(),
        broadcast.account(),
        recipient,
        null,
        subject,
        broadcast.text(),
        null,
        mail ? Map.of("Auto-Submitted", "auto-generated") : Map.of(),
        broadcast.ticketKey(),
        null,
        null);
  }

  private static void requireAgent(Actor actor) {
    if (!actor.has(Role.AGENT) && !actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only agents and admins may send broadcasts.");
    }
  }
}
