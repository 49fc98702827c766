package io.atumdesk.change;

import io.atumdesk.ticket.Level;
import java.time.Instant;
import java.util.List;

/**
 * What it takes to raise a change. {@code submit} sends it to risk assessment at once (a standard
 * change from the catalog does); otherwise it waits as a draft until submitted. Fields a stage
 * needs are checked when the change enters that stage, each missing one named.
 *
 * @param affectedCis CMDB keys ({@code CI-000123}) of the items the change touches
 * @param requester defaults to the caller
 */
public record RaiseChange(
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
    boolean submit) {

  public RaiseChange {
    affectedCis = affectedCis == null ? List.of() : List.copyOf(affectedCis);
  }
}
