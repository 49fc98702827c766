package io.atumdesk.change.web;

import io.atumdesk.change.ImplementationResult;
import io.atumdesk.change.ReviewResult;
import io.atumdesk.change.VoteDecision;

/** The small bodies of the change API's actions. */
final class ChangeForms {

  private ChangeForms() {}

  /** A vote; a rejection needs a comment. */
  record VoteForm(VoteDecision decision, String comment) {}

  /** Why a change is withdrawn. */
  record WithdrawalForm(String reason) {}

  /** How the implementation went. */
  record ImplementationForm(ImplementationResult result, String notes) {}

  /** How the rollback was done. */
  record RollbackForm(String notes) {}

  /** The post-implementation review. */
  record ReviewForm(ReviewResult result, String notes) {}
}
