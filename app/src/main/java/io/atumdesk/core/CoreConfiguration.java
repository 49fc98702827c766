package io.atumdesk.core;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module shares. */
@Configuration
class CoreConfiguration {

  /** The one clock of the application; tests replace it instead of waiting. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
