package io.atumdesk.assist.triage.web;

import io.atumdesk.assist.triage.Triage;
import io.atumdesk.assist.triage.TriageProperties;
import io.atumdesk.assist.triage.TriageResult;
import io.atumdesk.assist.triage.TriageThresholds;
import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Triage over HTTP: suggestions for a text (agents, admins); retraining on demand and the apply
 * thresholds (admins).
 */
@RestController
@Tag(name = "Assist: triage")
class TriageController {

  private static final String SETTINGS = "/api/v1/assist/triage/settings";

  private final Triage triage;
  private final TriageThresholds thresholds;

  TriageController(Triage triage, TriageThresholds thresholds) {
    this.triage = triage;
    this.thresholds = thresholds;
  }

  /** The text to triage; both parts may be missing or empty. */
  record TriageRequest(String subject, String description) {}

  @PostMapping("/api/v1/assist/triage")
  @Operation(
      summary =
          "Suggest category, priority and assignment group with a confidence each, and detect the"
              + " language; text that cannot be read answers with a low confidence")
  TriageResult triage(Actor actor, @RequestBody(required = false) TriageRequest request) {
    TriageRequest text = request == null ? new TriageRequest(null, null) : request;
    return triage.suggest(actor, text.subject(), text.description());
  }

  @GetMapping(SETTINGS)
  @Operation(summary = "The confidences from which suggestions are applied on creation (admins)")
  TriageProperties.ApplyAbove thresholds(Actor actor) {
    return thresholds.current(actor);
  }

  /** Thresholds as sent; each must be given, so that a forgotten one does not become 0. */
  record ThresholdsForm(Double category, Double priority, Double assignmentGroup) {

    TriageProperties.ApplyAbove thresholds() {
      return new TriageProperties.ApplyAbove(
          required("category", category),
          required("priority", priority),
          required("assignmentGroup", assignmentGroup));
    }

    private static double required(String field, Double value) {
      if (value == null) {
        throw new InvalidInputException(field, "must be given (a confidence from 0 to 1)");
      }
      return value;
    }
  }

  @PutMapping(SETTINGS)
  @Operation(summary = "Set the tenant's thresholds; above 1 never applies that field (admins)")
  TriageProperties.ApplyAbove changeThresholds(Actor actor, @RequestBody ThresholdsForm form) {
    return thresholds.change(actor, form.thresholds());
  }

  @PostMapping("/api/v1/assist/triage/retrain")
  @Operation(summary = "Learn the tenant's triage model again now (admins)")
  Triage.Retrained retrain(Actor actor) {
    return triage.retrain(actor);
  }
}
