package io.atumdesk.change.web;

import io.atumdesk.change.ChangeType;
import io.atumdesk.change.RaiseChange;
import io.atumdesk.ticket.Level;
import java.time.Instant;
import java.util.List;

/** The body of {@code POST /api/v1/changes}; {@code submit} may be left out (a draft). */
record RaiseChangeForm(
    ChangeType type,
    String subject,
    String description,
    Level impact,
    Level urgency,
    String category,
    String requester,
    String plan,
    String rollbackPlan,
    String testEvidence,
    List<String> affectedCis,
    Instant plannedStart,
    Instant plannedEnd,
    Boolean submit) {

  RaiseChange command() {
    return new RaiseChange(
        type,
        subject,
        description,
        impact,
        urgency,
        category,
        requester,
        plan,
        rollbackPlan,
        testEvidence,
        affectedCis,
        plannedStart,
        plannedEnd,
        Boolean.TRUE.equals(submit));
  }
}
