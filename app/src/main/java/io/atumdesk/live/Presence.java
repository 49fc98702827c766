package io.atumdesk.live;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.people.UserAccount;
import io.atumdesk.people.UserAccounts;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Who is on a ticket's page, viewing or typing, so that two agents do not answer at once. Entries
 * hold for a short time and pages re-announce; closing the page's stream removes its viewer. Only
 * staff are told who else is there; a requester's own presence is shown to staff.
 */
@Service
public class Presence {

  static final String PRESENCE = "presence";

  private final Map<Spot, Map<String, Entry>> spots = new HashMap<>();
  private final Map<Spot, Map<String, Typist>> typed = new HashMap<>();
  private final TicketManagement tickets;
  private final UserAccounts accounts;
  private final LiveStreams streams;
  private final FanOut fanOut;
  private final LiveProperties properties;
  private final Clock clock;

  Presence(
      TicketManagement tickets,
      UserAccounts accounts,
      LiveStreams streams,
      FanOut fanOut,
      LiveProperties properties,
      Clock clock) {
    this.tickets = tickets;
    this.accounts = accounts;
    this.streams = streams;
    this.fanOut = fanOut;
    this.properties = properties;
    this.clock = clock;
  }

  /** {@code state} is {@code viewing}, {@code typing} or {@code left}. */
  public void announce(Actor actor, TicketKey key, String state) {
    if (state == null || !List.of("viewing", "typing", "left").contains(state)) {
      throw new InvalidInputException("state", "must be viewing, typing or left");
    }
    tickets.get(actor, key);
    String name = displayName(actor);
    update(new Spot(actor.tenantId(), key.value()), actor.username(), name, state, false);
  }

  /** What a ticket's page shows about the others on it; for staff only. */
  public PresenceView look(Actor actor, TicketKey key, Instant since) {
    tickets.get(actor, key);
    if (!actor.isStaff()) {
      throw new ForbiddenException("Only agents see who else works on a ticket.");
    }
    Instant now = clock.instant();
    return new PresenceView(
        now,
        othersOn(actor.tenantId(), key, actor.username()),
        since == null ? List.of() : typedSince(actor.tenantId(), key, actor.username(), since));
  }

  public synchronized List<Viewer> othersOn(String tenantId, TicketKey key, String exceptUser) {
    return viewers(new Spot(tenantId, key.value()), clock.instant()).stream()
        .filter(v -> !v.user().equals(exceptUser))
        .toList();
  }

  /** Who other than {@code exceptUser} typed on the ticket's page at or after {@code since}. */
  public synchronized List<Typist> typedSince(
      String tenantId, TicketKey key, String exceptUser, Instant since) {
    return typed.getOrDefault(new Spot(tenantId, key.value()), Map.of()).values().stream()
        .filter(t -> !t.user().equals(exceptUser) && !t.at().isBefore(since))
        .sorted(Comparator.comparing(Typist::at))
        .toList();
  }

  /** A page opened its stream on the ticket: it views it, and learns who else does. */
  void join(Actor actor, TicketKey key) {
    update(
        new Spot(actor.tenantId(), key.value()),
        actor.username(),
        displayName(actor),
        "viewing",
        true);
  }

  /** Drops announcements that ran out, and tells the pages concerned. */
  synchronized void expire(Instant now) {
    for (var spot : List.copyOf(spots.keySet())) {
      var entries = spots.get(spot);
      boolean changed = entries.values().removeIf(e -> !e.viewingUntil.isAfter(now));
      for (var entry : entries.values()) {
        if (entry.typingUntil != null && !entry.typingUntil.isAfter(now)) {
          entry.typingUntil = null;
          changed = true;
        }
      }
      if (changed) {
        broadcast(spot, now);
      }
      if (entries.isEmpty()) {
        spots.remove(spot);
      }
    }
    Instant forgotten = now.minus(properties.typingMemory());
    typed.values().forEach(byUser -> byUser.values().removeIf(t -> t.at().isBefore(forgotten)));
    typed.values().removeIf(Map::isEmpty);
  }

  @EventListener
  void on(LiveStreams.StreamClosed closed) {
    if (closed.ticket() != null
        && !streams.watching(closed.tenantId(), closed.username(), closed.ticket())) {
      update(new Spot(closed.tenantId(), closed.ticket()), closed.username(), null, "left", false);
    }
  }

  private synchronized void update(
      Spot spot, String username, String name, String state, boolean alwaysTell) {
    Instant now = clock.instant();
    var entries = spots.computeIfAbsent(spot, s -> new HashMap<>());
    String before = entries.containsKey(username) ? entries.get(username).state(now) : "left";
    if (state.equals("left")) {
      entries.remove(username);
    } else {
      var entry = entries.computeIfAbsent(username, u -> new Entry(name));
      entry.viewingUntil = now.plus(properties.viewingTtl());
      entry.typingUntil = state.equals("typing") ? now.plus(properties.typingTtl()) : null;
      if (state.equals("typing")) {
        typed
            .computeIfAbsent(spot, s -> new HashMap<>())
            .put(username, new Typist(username, entry.name, now));
      }
    }
    if (alwaysTell || !before.equals(state)) {
      broadcast(spot, now);
    }
    if (entries.isEmpty()) {
      spots.remove(spot);
    }
  }

  private void broadcast(Spot spot, Instant now) {
    var audience = new Audience.TicketPage(spot.ticket(), true);
    fanOut.publish(new Signal(spot.tenantId(), PRESENCE, audience, viewers(spot, now)));
  }

  private List<Viewer> viewers(Spot spot, Instant now) {
    return spots.getOrDefault(spot, Map.of()).entrySet().stream()
        .filter(e -> e.getValue().viewingUntil.isAfter(now))
        .map(e -> new Viewer(e.getKey(), e.getValue().name, e.getValue().state(now)))
        .sorted(Comparator.comparing(Viewer::user))
        .toList();
  }

  /** How many tickets presence remembers anything about; for tests of clean-up. */
  synchronized int spotsInUse() {
    return spots.size() + typed.size();
  }

  private String displayName(Actor actor) {
    return accounts
        .findByTenantIdAndUsername(actor.tenantId(), actor.username())
        .map(UserAccount::displayName)
        .orElse(actor.username());
  }

  private record Spot(String tenantId, String ticket) {}

  private static final class Entry {
    private final String name;
    private Instant viewingUntil;
    private Instant typingUntil;

    Entry(String name) {
      this.name = name;
    }

    String state(Instant now) {
      return typingUntil != null && typingUntil.isAfter(now) ? "typing" : "viewing";
    }
  }
}
