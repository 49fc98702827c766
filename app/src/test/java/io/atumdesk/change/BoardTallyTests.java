package io.atumdesk.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.change.BoardTally.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoardTallyTests {

  @ParameterizedTest(name = "{0} members, quorum {1}, veto {2}: {3} approve, {4} reject -> {5}")
  @CsvSource({
    "3, 2, false, 0, 0, PENDING",
    "3, 2, false, 1, 0, PENDING",
    "3, 2, false, 2, 0, APPROVED",
    "3, 2, false, 1, 1, PENDING",
    "3, 2, false, 2, 1, APPROVED",
    "3, 2, false, 0, 2, REJECTED",
    "3, 2, true, 2, 0, PENDING",
    "3, 2, true, 3, 0, APPROVED",
    "3, 2, true, 2, 1, REJECTED",
    "3, 2, true, 0, 1, REJECTED",
    "3, 5, false, 2, 0, PENDING",
    "3, 5, false, 3, 0, APPROVED",
    "1, 1, false, 1, 0, APPROVED",
    "1, 1, false, 0, 1, REJECTED",
    "3, 0, false, 1, 0, APPROVED",
  })
  void decidesOnceTheOutcomeIsCertain(
      int members, int quorum, boolean veto, int approvals, int rejections, Outcome expected) {
    var tally = new BoardTally(members, quorum, veto, approvals, rejections);

    assertThat(tally.outcome()).isEqualTo(expected);
    assertThat(tally.certain()).isEqualTo(expected != Outcome.PENDING);
  }
}
