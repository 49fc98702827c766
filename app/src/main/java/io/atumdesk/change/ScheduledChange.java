package io.atumdesk.change;

import java.util.List;

/** A change as scheduled, with the other changes whose window and items it shares. */
public record ScheduledChange(ChangeView change, List<CalendarEntry.Conflict> conflicts) {

  public ScheduledChange {
    conflicts = List.copyOf(conflicts);
  }
}
