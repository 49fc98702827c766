package io.atumdesk.alert;

import io.atumdesk.channel.ChannelSecrets;
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
 * Where alert webhooks arrive: an enabled source proves itself with its secret (every source as a
 * bearer token, generic sources also by signature), then the payload goes through the alert route.
 */
@Service
public class AlertHooks {

  private static final Logger log = LoggerFactory.getLogger(AlertHooks.class);

  private final AlertProperties properties;
  private final AlertSourceDirectory directory;
  private final ChannelSecrets secrets;
  private final AlertIntake intake;
  private final AlertDeadLetters deadLetters;
  private final Clock clock;

  AlertHooks(
      AlertProperties properties,
      AlertSourceDirectory directory,
      ChannelSecrets secrets,
      AlertIntake intake,
      AlertDeadLetters deadLetters,
      Clock clock) {
    this.properties = properties;
    this.directory = directory;
    this.secrets = secrets;
    this.intake = intake;
    this.deadLetters = deadLetters;
    this.clock = clock;
  }

  /** Takes one delivery; refused with {@link AlertSourceRefused} before anything is read. */
  public IntakeResult receive(String sourceId, SourceCredentials credentials, String payload) {
    KnownSource source =
        directory
            .find(sourceId)
            .filter(KnownSource::enabled)
            .filter(known -> authentic(known, credentials, payload))
            .orElseThrow(
                () -> {
                  log.warn("Alert delivery refused: source '{}' not authenticated", sourceId);
                  return new AlertSourceRefused(sourceId);
                });
    return intake.receive(source.id(), source.type(), payload);
  }

  private boolean authentic(KnownSource source, SourceCredentials credentials, String payload) {
    String secret = secrets.decrypt(source.sealedSecret());
    return SignatureCheck.bearer(secret, credentials.authorization())
        || (source.type() == AlertFormat.GENERIC
            && SignatureCheck.signed(
                secret, credentials, payload, clock, properties.signatureWindow()));
  }

  /** The tenant's latest 100 dead letters, newest first; admins only. */
  public List<AlertDeadLetter> deadLetters(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only admins see the alerts that could not be handled.");
    }
    return deadLetters.findTop100ByTenantIdOrderByReceivedAtDesc(actor.tenantId());
  }
}
