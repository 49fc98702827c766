package io.atumdesk.change;

import java.time.Instant;
import java.util.List;

/** The changes scheduled and the blackout windows between {@code from} and {@code to}. */
public record ChangeCalendar(
    Instant from, Instant to, List<CalendarEntry> changes, List<BlackoutView> blackouts) {

  public ChangeCalendar {
    changes = List.copyOf(changes);
    blackouts = List.copyOf(blackouts);
  }
}
