package io.atumdesk.workflow;

import java.util.List;
import org.flowable.engine.impl.cfg.DelegateExpressionFieldInjectionMode;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine settings our models rely on; the rest stays in application.yml. */
@Configuration
class FlowableSettings {

  @Bean
  EngineConfigurationConfigurer<SpringProcessEngineConfiguration> atumEngineSettings(
      ProcessProgress progress) {
    return engine -> {
      // Actions read their parameters from the model; nothing is injected into shared beans.
      engine.setDelegateExpressionFieldInjectionMode(DelegateExpressionFieldInjectionMode.DISABLED);
      engine.setTypedEventListeners(
          java.util.Map.of(
              ProcessProgress.TYPES.stream()
                  .map(Enum::name)
                  .collect(java.util.stream.Collectors.joining(",")),
              List.of(progress)));
    };
  }
}
