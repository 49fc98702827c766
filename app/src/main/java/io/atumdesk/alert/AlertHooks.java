package io.atumdesk.alert;

import io.atumdesk.alert.AlertProperties.Source;
import io.atumdesk.connectors.alert.AlertFormat;
import io.atumdesk.connectors.alert.AlertIntake;
import io.atumdesk.connectors.alert.IntakeResult;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.Role;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Where alert webhooks arrive: the source proves itself with its secret (every source as a bearer
 * token, generic sources also by signature), then the payload goes through the alert route.
 */
@Service
public class AlertHooks {

  private static final Logger log = LoggerFactory.getLogger(AlertHooks.class);

  private final AlertProperties properties;
  private final AlertIntake intake;
  private final AlertDeadLetters deadLetters;
  private final Clock clock;

  AlertHooks(
      AlertProperties properties, AlertIntake intake, AlertDeadLetters deadLetters, Clock clock) {
    this.properties = properties;
    this.intake = intake;
    this.deadLetters = deadLetters;
    this.clock = clock;
  }

  /** Takes one delivery; refused with {@link AlertSourceRefused} before anything is read. */
  public IntakeResult receive(String sourceId, SourceCredentials credentials, String payload) {
    Source source =
        properties
            .source(sourceId)
            .filter(known -> authentic(known, credentials, payload))
            .orElseThrow(
                () -> {
                  log.warn("Alert delivery refused: source '{}' not authenticated", sourceId);
                  return new AlertSourceRefused(sourceId);
                });
    return intake.receive(source.id(), source.type(), payload);
  }

  private boolean authentic(Source source, SourceCredentials credentials, String payload) {
    return SignatureCheck.bearer(source.secret(), credentials.authorization())
        || (source.type() == AlertFormat.GENERIC
            && SignatureCheck.signed(
                source.secret(), credentials, payload, clock, properties.signatureWindow()));
  }

  /** The tenant's latest 100 dead letters, newest first; admins only. */
  public List<AlertDeadLetter> deadLetters(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only admins see the alerts that could not be handled.");
    }
    return deadLetters.findTop100ByTenantIdOrderByReceivedAtDesc(actor.tenantId());
  }
}
