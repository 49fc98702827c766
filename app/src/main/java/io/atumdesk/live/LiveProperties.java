package io.atumdesk.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of live updates and presence.
 *
 * @param heartbeat how often every open stream gets a comment line, so that proxies keep it open
 *     and streams whose browser went away are found and closed
 * @param streamTimeout how long one stream lives; the browser's EventSource then reconnects
 * @param maxStreamsPerUser how many streams one user may hold open at once (tabs, windows)
 * @param viewingTtl how long a "viewing" announcement holds; pages re-announce well within it
 * @param typingTtl how long a "typing" announcement holds before the person counts as viewing
 * @param typingMemory how long the fact that someone typed on a ticket is kept for collision checks
 * @param sweepInterval how often expired presence is removed and announced
 */
@ConfigurationProperties(prefix = "atum.live")
public record LiveProperties(
    @DefaultValue("PT15S") Duration heartbeat,
    @DefaultValue("PT30M") Duration streamTimeout,
    @DefaultValue("10") int maxStreamsPerUser,
    @DefaultValue("PT30S") Duration viewingTtl,
    @DefaultValue("PT6S") Duration typingTtl,
    @DefaultValue("PT15M") Duration typingMemory,
    @DefaultValue("PT1S") Duration sweepInterval) {

  public LiveProperties {
    if (maxStreamsPerUser < 1) {
      throw new IllegalArgumentException("atum.live.max-streams-per-user must be at least 1");
    }
  }
}
