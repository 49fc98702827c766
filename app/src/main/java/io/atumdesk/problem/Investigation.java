package io.atumdesk.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * A problem's root-cause analysis: the timeline of events, up to five whys (asked in order, each
 * answering the one before), the cause's category and the root cause found.
 */
public record Investigation(
    String timeline, List<String> fiveWhys, CauseCategory causeCategory, String rootCause) {

  static final int WHYS = 5;

  public Investigation {
    List<String> whys = new ArrayList<>();
    for (String why : fiveWhys == null ? List.<String>of() : fiveWhys) {
      whys.add(why == null || why.isBlank() ? null : why.strip());
    }
    while (!whys.isEmpty() && whys.get(whys.size() - 1) == null) {
      whys.remove(whys.size() - 1);
    }
    fiveWhys = java.util.Collections.unmodifiableList(whys);
  }

  /** The why at {@code index} (0 to 4), or null. */
  String why(int index) {
    return index < fiveWhys.size() ? fiveWhys.get(index) : null;
  }
}
