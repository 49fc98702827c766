package io.atumdesk.outbox;

import io.atumdesk.core.Backoff;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox.
 *
 * @param dispatching whether due messages are sent on a schedule (tests send them by hand)
 * @param interval the pause between two rounds of the dispatcher
 * @param batchSize the most messages one node claims in one round
 * @param lease how long a claimed message is left to its node before another may take it (a node
 *     that died mid-send)
 * @param firstRetry the wait after the first failed try; it doubles up to {@code maxRetry}
 * @param attempts tries before a message is a dead letter
 * @param pace per channel, the least time between two messages of one broadcast account (a
 *     provider's rate limit); a channel without one is not paced
 * @param maxBroadcastRecipients the most recipients one broadcast may name
 */
@ConfigurationProperties(prefix = "atum.outbox")
public record OutboxProperties(
    @DefaultValue("true") boolean dispatching,
    @DefaultValue("PT10S") Duration interval,
    @DefaultValue("50") int batchSize,
    @DefaultValue("PT5M") Duration lease,
    @DefaultValue("PT1M") Duration firstRetry,
    @DefaultValue("PT6H") Duration maxRetry,
    @DefaultValue("8") int attempts,
    Map<String, Duration> pace,
    @DefaultValue("10000") int maxBroadcastRecipients) {

  public OutboxProperties {
    pace = pace == null ? Map.of() : Map.copyOf(pace);
  }

  public Backoff backoff() {
    return new Backoff(firstRetry, maxRetry, attempts);
  }
}
