package io.atumdesk.live;

import java.time.Clock;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The two clocks of live updates: heartbeats on every stream, and presence running out. */
@Configuration
class LiveConfiguration implements SchedulingConfigurer {

  private final LiveStreams streams;
  private final Presence presence;
  private final LiveProperties properties;
  private final Clock clock;

  LiveConfiguration(
      LiveStreams streams, Presence presence, LiveProperties properties, Clock clock) {
    this.streams = streams;
    this.presence = presence;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(streams::heartbeat, properties.heartbeat());
    registrar.addFixedDelayTask(() -> presence.expire(clock.instant()), properties.sweepInterval());
  }
}
