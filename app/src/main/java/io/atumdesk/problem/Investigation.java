package io.atumdesk.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A problem's root-cause analysis: the timeline of events, up to five whys (asked in order, each
 * answering the one before), the cause's category and the root cause found. As an update, a field
 * left out (null) keeps its value.
 */
public record Investigation(
    String timeline, List<String> fiveWhys, CauseCategory causeCategory, String rootCause) {

  static final int WHYS = 5;

  public Investigation {
    // Null (not given) stays null, so that a partial update keeps the whys recorded before.
    if (fiveWhys != null) {
      List<String> whys = new ArrayList<>();
      for (String why : fiveWhys) {
        whys.add(why == null || why.isBlank() ? null : why.strip());
      }
      while (!whys.isEmpty() && whys.get(whys.size() - 1) == null) {
        whys.remove(whys.size() - 1);
      }
      fiveWhys = Collections.unmodifiableList(whys);
    }
  }

  /** This investigation with every field {@code changes} gives replacing the one here. */
  Investigation with(Investigation changes) {
    return new Investigation(
        changes.timeline() != null ? changes.timeline() : timeline,
        changes.fiveWhys() != null ? changes.fiveWhys() : fiveWhys,
        changes.causeCategory() != null ? changes.causeCategory() : causeCategory,
        changes.rootCause() != null ? changes.rootCause() : rootCause);
  }

  /** The why at {@code index} (0 to 4), or null. */
  String why(int index) {
    return fiveWhys != null && index < fiveWhys.size() ? fiveWhys.get(index) : null;
  }
}
