package io.atumdesk.webhook;

import io.atumdesk.channel.ChannelSecrets;
import io.atumdesk.connectors.webhook.InboundWebhook;
import io.atumdesk.connectors.webhook.IntakeOutcome;
import io.atumdesk.connectors.webhook.WebhookIntake;
import io.atumdesk.connectors.webhook.WebhookSignature;
import io.atumdesk.core.TenantContext;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Where generic webhooks arrive: the source proves itself by signing the body with its secret
 * within the replay window, then the payload goes through the {@code webhooks-inbound} route. A
 * refusal is logged and, for a known source, kept for its admins (without the payload).
 */
@Service
public class WebhookHooks {

  private static final Logger log = LoggerFactory.getLogger(WebhookHooks.class);

  private final SourceDirectory directory;
  private final Sources sources;
  private final ChannelSecrets secrets;
  private final WebhookIntake intake;
  private final InboundLetters letters;
  private final WebhookProperties properties;
  private final Clock clock;

  WebhookHooks(
      SourceDirectory directory,
      Sources sources,
      ChannelSecrets secrets,
      WebhookIntake intake,
      InboundLetters letters,
      WebhookProperties properties,
      Clock clock) {
    this.directory = directory;
    this.sources = sources;
    this.secrets = secrets;
    this.intake = intake;
    this.letters = letters;
    this.properties = properties;
    this.clock = clock;
  }

  /** Takes one payload; refused with {@link WebhookRefused} before anything is read. */
  public IntakeOutcome receive(String sourceName, String signature, String payload) {
    String tenant =
        directory
            .tenantOf(sourceName)
            .orElseThrow(
                () -> {
                  log.warn("Webhook refused: no source '{}'", sourceName);
                  return new WebhookRefused(sourceName);
                });
    Source source =
        TenantContext.callAs(tenant, () -> sources.findByTenantIdAndName(tenant, sourceName))
            .filter(Source::active)
            .orElseThrow(() -> refuse(tenant, sourceName, "the source is switched off"));
    String secret = secrets.decrypt(source.sealedSecret());
    if (!WebhookSignature.verify(
        secret, signature, payload, clock.instant(), properties.signatureWindow())) {
      throw refuse(
          tenant,
          sourceName,
          signature == null
              ? "no X-Atum-Signature header"
              : "the signature does not match the body, or its timestamp is outside the window");
    }
    return intake.receive(
        new InboundWebhook(sourceName, SourceMapping.read(source.mapping()), payload));
  }

  private WebhookRefused refuse(String tenant, String sourceName, String reason) {
    log.warn("Webhook refused for source '{}': {}", sourceName, reason);
    TenantContext.runAs(
        tenant,
        () ->
            letters.save(
                new InboundLetter(
                    tenant,
                    sourceName,
                    InboundLetter.Kind.REFUSED,
                    null,
                    "refused: " + reason,
                    clock.instant())));
    return new WebhookRefused(sourceName);
  }
}
