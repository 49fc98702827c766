package io.atumdesk.core;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Beans every module shares. */
@Configuration
@EnableScheduling
class CoreConfiguration {

  /** The one clock of the application; tests replace it instead of waiting. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
