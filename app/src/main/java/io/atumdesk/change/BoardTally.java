package io.atumdesk.change;

/**
 * Where a board's vote stands after each vote: approved once the quorum of approvals is reached,
 * rejected once the quorum can no longer be reached, and with the veto on, rejected by any
 * rejection and approved only when every member has voted. Certain as soon as no outstanding vote
 * could change the outcome, which lets the process stop asking the others.
 *
 * @param members how many were asked to vote
 * @param quorum approvals needed, kept between 1 and {@code members}
 */
record BoardTally(int members, int quorum, boolean veto, int approvals, int rejections) {

  enum Outcome {
    PENDING,
    APPROVED,
    REJECTED
  }

  BoardTally {
    quorum = Math.max(1, Math.min(quorum, Math.max(members, 1)));
  }

  Outcome outcome() {
    int outstanding = Math.max(0, members - approvals - rejections);
    if (veto && rejections > 0) {
      return Outcome.REJECTED;
    }
    if (approvals >= quorum && (!veto || outstanding == 0)) {
      return Outcome.APPROVED;
    }
    if (approvals + outstanding < quorum) {
      return Outcome.REJECTED;
    }
    return Outcome.PENDING;
  }

  boolean certain() {
    return outcome() != Outcome.PENDING;
  }

  @Override
  public String toString() {
    return "%d of %d approved, %d rejected, quorum %d, veto %s"
        .formatted(approvals, members, rejections, quorum, veto ? "on" : "off");
  }
}
