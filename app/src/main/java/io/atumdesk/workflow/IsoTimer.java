package io.atumdesk.workflow;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The timer values a model may hold besides one {@code ${variable}}: ISO-8601 only, a duration
 * ({@code PT4H}), a date ({@code 2026-12-24T09:00:00Z}) or a repeating cycle ({@code R3/PT10M}).
 * The modeler's properties panel applies the same patterns.
 */
final class IsoTimer {

  private static final String DURATION =
      "P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?";
  private static final String DATE =
      "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?";
  private static final Pattern DURATION_ONLY = Pattern.compile(DURATION);
  private static final Pattern DATE_ONLY = Pattern.compile(DATE);
  private static final Pattern CYCLE =
      Pattern.compile("R\\d*/((" + DATE + ")/)?" + DURATION + "(/(" + DATE + "))?");

  private IsoTimer() {}

  /** Why a literal timer value is refused, or empty when it is ISO-8601 of its kind. */
  static Optional<String> problem(String kind, String value) {
    Pattern pattern =
        switch (kind) {
          case "duration" -> DURATION_ONLY;
          case "date" -> DATE_ONLY;
          default -> CYCLE;
        };
    if (pattern.matcher(value.trim()).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        "timer %s '%s' is not ISO-8601 (such as %s) or ${variable}"
            .formatted(
                kind,
                value,
                switch (kind) {
                  case "duration" -> "PT4H";
                  case "date" -> "2026-12-24T09:00:00Z";
                  default -> "R3/PT10M";
                }));
  }
}
