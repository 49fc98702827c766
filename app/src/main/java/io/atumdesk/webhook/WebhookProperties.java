package io.atumdesk.webhook;

import io.atumdesk.core.Backoff;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of webhooks.
 *
 * @param allow host names or address blocks outbound webhooks may reach although they are loopback,
 *     link-local or private (such as {@code 10.20.0.0/16} or {@code hooks.intranet.example})
 * @param deny host names or address blocks never reached, whatever else allows them
 * @param sending whether due deliveries are sent on a schedule (tests send them by hand)
 * @param sendInterval the pause between two looks for due deliveries
 * @param batchSize the most deliveries sent in one look
 * @param retry when a failed delivery is tried again, and how often before it is a dead letter
 * @param signatureWindow how far an inbound signature's timestamp may lie from now (replays)
 */
@ConfigurationProperties(prefix = "atum.webhooks")
public record WebhookProperties(
    @DefaultValue List<String> allow,
    @DefaultValue List<String> deny,
    @DefaultValue("true") boolean sending,
    @DefaultValue("PT5S") Duration sendInterval,
    @DefaultValue("50") int batchSize,
    @DefaultValue Retry retry,
    @DefaultValue("PT5M") Duration signatureWindow) {

  /** The backoff of failed deliveries: first wait, longest wait, attempts in all. */
  public record Retry(
      @DefaultValue("PT30S") Duration first,
      @DefaultValue("PT1H") Duration max,
      @DefaultValue("8") int attempts) {

    Backoff backoff() {
      return new Backoff(first, max, attempts);
    }
  }
}
