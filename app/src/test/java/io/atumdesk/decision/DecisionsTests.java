package io.atumdesk.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.atumdesk.decision.internal.RegistryDecisions;
import io.atumdesk.decision.internal.ShippedTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class DecisionsTests {

  // No tenant deployed its own tables here, so every tenant evaluates the shipped ones.
  private static final String TENANT = "any-tenant";

  // Compiled once for the class: the shipped tables from the rules module on the classpath.
  private static final Decisions decisions =
      new RegistryDecisions(
          ShippedTables.load(
              new PathMatchingResourcePatternResolver(), ShippedTables.DEFAULT_LOCATION));

  @Test
  void prioritisesHighImpactHighUrgencyAsP1() {
    var outcome =
        decisions.evaluate(
            TENANT, "incident-priority", Map.of("impact", "HIGH", "urgency", "HIGH"));

    assertThat(outcome.outputs()).containsExactly(Map.entry("priority", "P1"));
    assertThat(outcome.matchedRules())
        .singleElement()
        .satisfies(
            rule -> {
              assertThat(rule.ruleId()).isEqualTo("priority-high-high");
              assertThat(rule.index()).isEqualTo(1);
              assertThat(rule.annotation()).isNotBlank();
            });
  }

  @Test
  void prioritisesLowImpactMediumUrgencyAsP4() {
    var outcome =
        decisions.evaluate(
            TENANT, "incident-priority", Map.of("impact", "LOW", "urgency", "MEDIUM"));

    assertThat(outcome.outputs()).containsEntry("priority", "P4");
    assertThat(ruleIds(outcome)).containsExactly("priority-low-medium");
  }

  @Test
  void routesNetworkToNetworkOps() {
    var outcome = decisions.evaluate(TENANT, "incident-routing", Map.of("category", "network"));

    assertThat(outcome.outputs())
        .containsEntry("assignmentGroup", "network-ops")
        .containsEntry("requiredSkill", null);
    assertThat(ruleIds(outcome)).containsExactly("route-network");
  }

  @Test
  void routesUnknownCategoryToServiceDeskByTheCatchAll() {
    var outcome = decisions.evaluate(TENANT, "incident-routing", Map.of("category", "facilities"));

    assertThat(outcome.outputs()).containsEntry("assignmentGroup", "service-desk");
    assertThat(ruleIds(outcome)).containsExactly("route-default");
  }

  @Test
  void routesIncidentWithoutCategoryByTheCatchAll() {
    var outcome = decisions.evaluate(TENANT, "incident-routing", Map.of());

    assertThat(ruleIds(outcome)).containsExactly("route-default");
  }

  @Test
  void reportsNoMatchWithNullOutputsForAnUncoveredInput() {
    var outcome =
        decisions.evaluate(
            TENANT, "incident-priority", Map.of("impact", "SEVERE", "urgency", "HIGH"));

    assertThat(outcome.matched()).isFalse();
    assertThat(outcome.matchedRules()).isEmpty();
    assertThat(outcome.outputs()).containsEntry("priority", null);
  }

  @Test
  void keepsInputsAndVersionInTheOutcome() {
    var outcome = decisions.evaluate(TENANT, "incident-routing", Map.of("category", "access"));

    assertThat(outcome.decisionId()).isEqualTo("incident-routing");
    assertThat(outcome.inputs()).containsExactly(Map.entry("category", "access"));
    assertThat(outcome.version()).matches("[0-9a-f]{12}");
  }

  @Test
  void rejectsUnknownTable() {
    assertThatThrownBy(() -> decisions.evaluate(TENANT, "no-such-table", Map.of()))
        .isInstanceOf(UnknownDecisionException.class)
        .hasMessageContaining("no-such-table");
  }

  @Test
  void listsShippedTablesWithHitPolicyAndColumns() {
    assertThat(decisions.tables(TENANT))
        .extracting(
            DecisionTable::decisionId,
            DecisionTable::hitPolicy,
            DecisionTable::inputs,
            DecisionTable::outputs)
        .containsExactly(
            tuple(
                "change-risk",
                "FIRST",
                List.of(
                    "changeType", "impact", "criticality", "rollbackPlanPresent", "successRate"),
                List.of("risk", "approvalRoute", "cabQuorum", "cabVeto")),
            tuple("incident-priority", "UNIQUE", List.of("impact", "urgency"), List.of("priority")),
            tuple(
                "incident-routing",
                "FIRST",
                List.of("category", "service", "customerTier", "language", "channel"),
                List.of("assignmentGroup", "requiredSkill")),
            tuple(
                "request-approval", "PRIORITY", List.of("category", "cost"), List.of("approvers")),
            tuple(
                "sla-escalation",
                "COLLECT",
                List.of("elapsedPercent", "priority", "customerTier", "customerFrustrated"),
                List.of("action")),
            tuple(
                "sla-policy",
                "FIRST",
                List.of("type", "priority", "customerTier"),
                List.of("firstResponseTarget", "resolutionTarget", "calendar")));
  }

  @Test
  void keepsMatchedRulesApartUnderConcurrentEvaluation() throws Exception {
    List<Callable<List<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      calls.add(
          i % 2 == 0
              ? () ->
                  ruleIds(
                      decisions.evaluate(TENANT, "incident-routing", Map.of("category", "network")))
              : () ->
                  ruleIds(
                      decisions.evaluate(
                          TENANT, "incident-priority", Map.of("impact", "LOW", "urgency", "LOW"))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = pool.invokeAll(calls);
      for (int i = 0; i < results.size(); i++) {
        String expected = i % 2 == 0 ? "route-network" : "priority-low-low";
        assertThat(results.get(i).get()).containsExactly(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> ruleIds(DecisionOutcome outcome) {
    return outcome.matchedRules().stream().map(MatchedRule::ruleId).toList();
  }
}
