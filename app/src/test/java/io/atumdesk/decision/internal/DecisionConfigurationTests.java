package io.atumdesk.decision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.decision.DecisionTable;
import io.atumdesk.decision.Decisions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The module's wiring alone, without the application's context. */
class DecisionConfigurationTests {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(DecisionConfiguration.class);

  @Test
  void loadsShippedTablesAtStartUp() {
    context.run(
        started ->
            assertThat(started.getBean(Decisions.class).tables("any-tenant"))
                .extracting(DecisionTable::decisionId)
                .containsExactly(
                    "change-risk",
                    "incident-priority",
                    "incident-routing",
                    "request-approval",
                    "sla-escalation",
                    "sla-policy"));
  }

  @Test
  void readsTablesFromTheConfiguredLocation() {
    context
        .withPropertyValues("atum.decision.tables=classpath*:no-such-folder/*.dmn")
        .run(
            started -> assertThat(started.getBean(Decisions.class).tables("any-tenant")).isEmpty());
  }
}
