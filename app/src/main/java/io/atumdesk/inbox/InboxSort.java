package io.atumdesk.inbox;

import io.atumdesk.core.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The order of a view's rows; ties are broken by the ticket's id in the same direction. */
public record InboxSort(By by, boolean ascending) {

  /** What to sort by, with its natural direction. */
  public enum By {
    PRIORITY("priority", true),
    CREATED("created", false),
    UPDATED("updated", false),
    SLA_DUE("slaDue", true),
    KEY("key", true);

    private final String apiName;
    private final boolean ascendingByDefault;

    By(String apiName, boolean ascendingByDefault) {
      this.apiName = apiName;
      this.ascendingByDefault = ascendingByDefault;
    }

    public String apiName() {
      return apiName;
    }
  }

  /** Last updated first. */
  public static final InboxSort DEFAULT = new InboxSort(By.UPDATED, false);

  public InboxSort {
    if (by == null) {
      throw new InvalidInputException("sort", "must name what to sort by");
    }
  }

  /** Reads {@code updated}, {@code priority,desc} and the like; the direction is optional. */
  public static InboxSort parse(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT;
    }
    String[] parts = text.split(",");
    By by =
        Arrays.stream(By.values())
            .filter(b -> b.apiName.equalsIgnoreCase(parts[0].trim()))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "sort",
                        "can sort by "
                            + Arrays.stream(By.values())
                                .map(By::apiName)
                                .collect(Collectors.joining(", "))
                            + ", optionally followed by ,asc or ,desc"));
    if (parts.length == 1) {
      return new InboxSort(by, by.ascendingByDefault);
    }
    String direction = parts[1].trim().toLowerCase(Locale.ROOT);
    if (!direction.equals("asc") && !direction.equals("desc")) {
      throw new InvalidInputException("sort", "direction must be asc or desc");
    }
    if (by == By.SLA_DUE && direction.equals("desc")) {
      throw new InvalidInputException("sort", "slaDue sorts nearest due date first only");
    }
    return new InboxSort(by, direction.equals("asc"));
  }

  @Override
  public String toString() {
    return by.apiName + "," + (ascending ? "asc" : "desc");
  }
}
