package io.atumdesk.change;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.workflow.TaskInbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change calendar: scheduling an approved change into a window, refused inside a blackout
 * unless an emergency override is recorded, and the conflicts with other changes on the same items
 * or services, which are reported and marked, not refused.
 */
@Service
public class ChangeScheduling {

  static final Duration LONGEST_RANGE = Duration.ofDays(62);
  static final Set<ChangeStage> OFF_CALENDAR =
      Set.of(ChangeStage.REJECTED, ChangeStage.WITHDRAWN, ChangeStage.DRAFT);

  private final ChangeRows rows;
  private final Changes changes;
  private final BlackoutWindows blackouts;
  private final TicketManagement tickets;
  private final TicketRecords records;
  private final TaskInbox tasks;

  ChangeScheduling(
      ChangeRows rows,
      Changes changes,
      BlackoutWindows blackouts,
      TicketManagement tickets,
      TicketRecords records,
      TaskInbox tasks) {
    this.rows = rows;
    this.changes = changes;
    this.blackouts = blackouts;
    this.tickets = tickets;
    this.records = records;
    this.tasks = tasks;
  }

  @Transactional
  public ScheduledChange schedule(Actor actor, TicketKey key, ScheduleChange request) {
    ChangeAccess.requireAgent(actor);
    ChangeRows.Found found = rows.find(actor, key);
    Change change = found.change();
    if (change.stage() != ChangeStage.SCHEDULING) {
      throw new ConflictException(
          "Change %s is %s; only an approved change waiting for its window can be scheduled."
              .formatted(key, change.stage().name().toLowerCase(java.util.Locale.ROOT)));
    }
    ChangeRequirements.forScheduling(change, request.plannedStart(), request.plannedEnd());
    ChangeRequirements.limitText(
        "overrideReason", request.overrideReason(), ChangeRequirements.REASON_MAX);
    String override = checkBlackouts(change, request);
    change.schedule(request.plannedStart(), request.plannedEnd(), override);
    change.moveTo(ChangeStage.IMPLEMENTATION);
    changes.saveAndFlush(change);
    List<CalendarEntry.Conflict> conflicts = conflictsOf(change, others(change));
    records.recordEvent(
        found.ticket().id(),
        actor.username(),
        "Scheduled from %s to %s%s%s"
            .formatted(
                request.plannedStart(),
                request.plannedEnd(),
                override == null ? "" : "; blackout overridden: " + override,
                conflicts.isEmpty()
                    ? ""
                    : "; conflicts with "
                        + conflicts.stream()
                            .map(c -> c.key() + " on " + String.join(", ", c.shared()))
                            .collect(Collectors.joining("; "))),
        Map.of("conflicts", conflicts.stream().map(CalendarEntry.Conflict::key).toList()));
    tasks.completeWaiting(
        actor.tenantId(),
        found.ticket().processInstanceId(),
        ChangeSteps.SCHEDULE,
        actor.username());
    return new ScheduledChange(rows.view(actor, key), conflicts);
  }

  /** The calendar between two instants, at most two months at once. */
  @Transactional(readOnly = true)
  public ChangeCalendar calendar(Actor actor, Instant from, Instant to) {
    ChangeAccess.requireCalendarReader(actor);
    if (from == null || to == null || !to.isAfter(from)) {
      throw new InvalidInputException("to", "must be after from");
    }
    if (Duration.between(from, to).compareTo(LONGEST_RANGE) > 0) {
      throw new InvalidInputException("to", "must be at most 62 days after from");
    }
    List<Change> scheduled = changes.scheduledBetween(from, to, OFF_CALENDAR);
    Map<String, Ticket> byKey =
        tickets
            .find(actor, scheduled.stream().map(c -> new TicketKey(c.ticketKey())).toList())
            .stream()
            .collect(Collectors.toMap(t -> t.key().value(), Function.identity()));
    List<CalendarEntry> entries = new ArrayList<>();
    for (Change change : scheduled) {
      Ticket ticket = byKey.get(change.ticketKey());
      if (ticket != null) {
        List<Change> overlapping =
            scheduled.stream()
                .filter(other -> other != change)
                .filter(other -> other.overlaps(change.plannedStart(), change.plannedEnd()))
                .toList();
        entries.add(entry(change, ticket, conflictsOf(change, overlapping)));
      }
    }
    return new ChangeCalendar(
        from,
        to,
        entries,
        blackouts.overlapping(from, to).stream().map(BlackoutWindow::view).toList());
  }

  /** The override reason to keep, or a refusal naming the blackout window. */
  private String checkBlackouts(Change change, ScheduleChange request) {
    List<BlackoutWindow> hit = blackouts.overlapping(request.plannedStart(), request.plannedEnd());
    if (hit.isEmpty()) {
      return null;
    }
    String windows = hit.stream().map(BlackoutWindow::shown).collect(Collectors.joining(", "));
    boolean overridden = request.overrideReason() != null && !request.overrideReason().isBlank();
    if (change.type() == ChangeType.EMERGENCY && overridden) {
      return request.overrideReason().strip();
    }
    throw new ConflictException(
        change.type() == ChangeType.EMERGENCY
            ? "The window falls into the blackout window %s; choose another window or give an override reason."
                .formatted(windows)
            : "The window falls into the blackout window %s; choose another window (only emergency changes may override a blackout)."
                .formatted(windows));
  }

  private List<Change> others(Change change) {
    return changes
        .scheduledBetween(change.plannedStart(), change.plannedEnd(), OFF_CALENDAR)
        .stream()
        .filter(other -> !other.ticketId().equals(change.ticketId()))
        .toList();
  }

  static List<CalendarEntry.Conflict> conflictsOf(Change change, List<Change> overlapping) {
    Set<String> mine = new HashSet<>(change.affectedCis());
    mine.addAll(change.affectedServices());
    List<CalendarEntry.Conflict> conflicts = new ArrayList<>();
    for (Change other : overlapping) {
      List<String> shared = new ArrayList<>(other.affectedCis());
      shared.addAll(other.affectedServices());
      shared = shared.stream().distinct().filter(mine::contains).sorted().toList();
      if (!shared.isEmpty()) {
        conflicts.add(new CalendarEntry.Conflict(other.ticketKey(), shared));
      }
    }
    return conflicts;
  }

  private static CalendarEntry entry(
      Change change, Ticket ticket, List<CalendarEntry.Conflict> conflicts) {
    return new CalendarEntry(
        change.ticketKey(),
        ticket.subject(),
        change.type(),
        change.stage(),
        change.risk(),
        change.plannedStart(),
        change.plannedEnd(),
        change.affectedCis(),
        change.affectedServices(),
        change.overrideReason(),
        conflicts);
  }
}
