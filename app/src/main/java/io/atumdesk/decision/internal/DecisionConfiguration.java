package io.atumdesk.decision.internal;

import io.atumdesk.decision.Decisions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Compiles the shipped tables when the context starts, so a broken table stops start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DecisionProperties.class)
class DecisionConfiguration {

  @Bean
  DecisionRegistry decisionRegistry(
      ResourcePatternResolver resolver, DecisionProperties properties) {
    return ShippedTables.load(resolver, properties.tables());
  }

  @Bean
  Decisions decisions(DecisionRegistry registry) {
    return new RegistryDecisions(registry);
  }
}
