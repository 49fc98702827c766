package io.atumdesk.assist.triage;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From which confidence a suggestion is applied on creation, per field: the tenant's own setting,
 * else {@code atum.assist.triage.apply-above}. A value above 1 turns applying off for that field.
 */
@Service
public class TriageThresholds {

  private final TriageSettings settings;
  private final TriageProperties properties;

  TriageThresholds(TriageSettings settings, TriageProperties properties) {
    this.settings = settings;
    this.properties = properties;
  }

  @Transactional(readOnly = true)
  public TriageProperties.ApplyAbove current(Actor actor) {
    requireAdmin(actor);
    return current();
  }

  @Transactional
  public TriageProperties.ApplyAbove change(Actor actor, TriageProperties.ApplyAbove thresholds) {
    requireAdmin(actor);
    for (TriageField field : TriageField.values()) {
      double value = thresholds.of(field);
      if (!(value >= 0 && value <= 2)) {
        throw new InvalidInputException(
            field.apiName(), "must be a confidence from 0 to 1, or above 1 (up to 2) for never");
      }
    }
    settings
        .findFirstByOrderById()
        .ifPresentOrElse(
            s -> s.set(thresholds), () -> settings.save(new TriageSetting(thresholds)));
    return thresholds;
  }

  TriageProperties.ApplyAbove current() {
    return settings
        .findFirstByOrderById()
        .map(TriageSetting::thresholds)
        .orElse(properties.applyAbove());
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only admins set triage thresholds.");
    }
  }
}
