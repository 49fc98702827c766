package io.atumdesk.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
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
      ActionDispatcher actions, ProcessProgress progress, HumanTaskEvents humanTasks) {
    return engine -> {
      // Expressions in models see the action dispatcher and process variables, never the other
      // Spring beans: a model cannot call into the application except through named actions.
      engine.setBeans(Map.of(ActionDispatcher.BEAN_NAME, actions));
      // Actions read their parameters from the model; nothing is injected into shared beans.
      engine.setDelegateExpressionFieldInjectionMode(DelegateExpressionFieldInjectionMode.DISABLED);
      // In this order: a task that ProcessProgress hands back to its agent is announced as theirs.
      var listeners = new LinkedHashMap<String, List<FlowableEventListener>>();
      listeners.put(names(ProcessProgress.TYPES), List.of(progress));
      listeners.put(names(HumanTaskEvents.TYPES), List.of(humanTasks));
      engine.setTypedEventListeners(listeners);
    };
  }

  private static String names(Set<FlowableEngineEventType> types) {
    return types.stream().map(Enum::name).collect(Collectors.joining(","));
  }
}
