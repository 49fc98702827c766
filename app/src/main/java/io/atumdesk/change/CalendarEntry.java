package io.atumdesk.change;

import java.time.Instant;
import java.util.List;

/** A scheduled change on the calendar, with the changes it conflicts with. */
public record CalendarEntry(
    String key,
    String subject,
    ChangeType type,
    ChangeStage stage,
    String risk,
    Instant start,
    Instant end,
    List<String> affectedCis,
    List<String> affectedServices,
    String overrideReason,
    List<Conflict> conflicts) {

  public CalendarEntry {
    affectedCis = List.copyOf(affectedCis);
    affectedServices = List.copyOf(affectedServices);
    conflicts = List.copyOf(conflicts);
  }

  public boolean conflicted() {
    return !conflicts.isEmpty();
  }

  /** Another change in an overlapping window on some of the same items or services. */
  public record Conflict(String key, List<String> shared) {

    public Conflict {
      shared = List.copyOf(shared);
    }
  }
}
