package io.atumdesk.assist.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atumdesk.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Triage models stored in the database: a node without one loads the stored model (after a start,
 * or one trained by another node) instead of training, answers exactly as the node that trained it,
 * and never reads another tenant's row.
 */
@IntegrationTest
class TriageModelStoreIntegrationTests {

  private static final List<String[]> TEXTS =
      List.of(
          new String[] {"VPN keeps disconnecting", "It drops every few minutes from home."},
          new String[] {"Drucker hat Papierstau", "Der Drucker im 2. OG zieht kein Papier ein."},
          new String[] {"Password expired", "I cannot log in to the HR portal any more."},
          new String[] {"Excel crashes", "Excel closes whenever I open the budget sheet."},
          new String[] {"xq zvkp tlmr", "qpwoeiru zmxncbv"});

  @Autowired TriageModels models;
  @Autowired TriageModelStore store;
  @Autowired TrainingExamples examples;
  @Autowired Triage triage;
  @Autowired JdbcClient jdbc;

  @Test
  void aNodeWithoutTheModelLoadsTheStoredOneAndAnswersTheSame() {
    TriageModel trained = models.retrain("acme", "test");
    List<TriageResult> before = answers("acme");

    models.forget("acme"); // as a node that has just started
    assertThat(models.current("acme")).isEmpty();
    TriageModel loaded =
        await().atMost(Duration.ofSeconds(60)).until(() -> loaded("acme"), m -> m != null);

    assertThat(loaded).isNotSameAs(trained);
    // Loaded, not trained again: a training would have taken a new time.
    assertThat(loaded.trainedAt()).isEqualTo(trained.trainedAt());
    assertThat(loaded.examples()).isEqualTo(trained.examples());
    assertThat(answers("acme")).isEqualTo(before);
    assertThat(before).anySatisfy(r -> assertThat(r.category().confidence()).isGreaterThan(0.5));
    assertThat(row("acme"))
        .containsEntry("trained_by", "test")
        .containsEntry("trained_on", TriageModelStore.NODE)
        .containsEntry("format_version", TriageModelFormat.VERSION)
        .containsEntry("examples", trained.examples());
  }

  @Test
  void aModelTrainedOnAnotherNodeIsPickedUpAtTheNextCheck() {
    TriageModel here = models.retrain("acme", "test");
    Instant later = here.trainedAt().plus(1, ChronoUnit.SECONDS);
    TriageModel elsewhere =
        TriageModel.train(examples.of("acme"), SoftmaxRegression.Settings.DEFAULT, later);
    store.save("acme", elsewhere, "another node");

    models.refresh("acme");

    TriageModel current = models.current("acme").orElseThrow();
    assertThat(current).isNotSameAs(here).isNotSameAs(elsewhere);
    assertThat(current.trainedAt()).isEqualTo(later);
    assertThat(row("acme")).containsEntry("trained_by", "another node");
  }

  @Test
  void anOlderModelNeverReplacesANewerStoredOne() {
    TriageModel newer = models.retrain("globex", "test");
    TriageModel older =
        TriageModel.train(
            examples.of("globex"),
            SoftmaxRegression.Settings.DEFAULT,
            newer.trainedAt().minus(1, ChronoUnit.HOURS));

    store.save("globex", older, "a slow node");

    assertThat(store.trainedAt("globex")).contains(newer.trainedAt());
    assertThat(row("globex")).containsEntry("trained_by", "test");
  }

  @Test
  void aStoredModelThatCannotBeReadIsReplacedByANewOne() {
    Instant unreadable = models.retrain("globex", "test").trainedAt();
    jdbc.sql("UPDATE triage_model SET model = ? WHERE tenant_id = 'globex'")
        .param(new byte[] {'A', 'T', 'R', 'M', 0, 0, 0, 9, 1, 2, 3, 4, 5, 6, 7, 8})
        .update();
    models.forget("globex");

    models.refresh("globex");

    TriageModel retrained = models.current("globex").orElseThrow();
    assertThat(retrained.trainedAt()).isAfter(unreadable);
    assertThat(store.load("globex"))
        .hasValueSatisfying(m -> assertThat(m.trainedAt()).isEqualTo(retrained.trainedAt()));
    assertThat(row("globex")).containsEntry("trained_by", "background: stored model unreadable");
  }

  @Test
  void eachTenantLoadsOnlyItsOwnStoredModel() {
    TriageModel acme = models.retrain("acme", "test");
    TriageModel globex = models.retrain("globex", "test");

    assertThat(store.load("globex").orElseThrow().examples()).isEqualTo(globex.examples());
    assertThat(store.load("acme").orElseThrow().examples()).isEqualTo(acme.examples());
    assertThat(store.tenants()).contains("acme", "globex");

    jdbc.sql("DELETE FROM triage_model WHERE tenant_id = 'globex'").update();
    models.forget("globex");

    // acme's row is there, and globex sees none: it trains its own from its own tickets.
    assertThat(store.trainedAt("globex")).isEmpty();
    assertThat(store.load("globex")).isEmpty();
    models.refresh("globex");
    assertThat(models.current("globex").orElseThrow().examples())
        .isLessThan(acme.examples() - 1000);
    assertThat(row("globex")).containsEntry("trained_by", "background: no model");
  }

  @Test
  void theScheduledRetrainingServesTenantsStoredByAnyNode() throws Exception {
    models.retrain("globex", "test");
    models.forget("globex"); // trained elsewhere: this node has no copy

    new TriageRetrainJob(models).execute(null);

    assertThat(row("globex"))
        .containsEntry("trained_by", "schedule")
        .containsEntry("trained_on", TriageModelStore.NODE);
  }

  private TriageModel loaded(String tenant) {
    return models.current(tenant).orElse(null);
  }

  private List<TriageResult> answers(String tenant) {
    return TEXTS.stream().map(t -> triage.suggest(tenant, t[0], t[1])).toList();
  }

  private Map<String, Object> row(String tenant) {
    return jdbc.sql(
            "SELECT trained_by, trained_on, format_version, examples FROM triage_model"
                + " WHERE tenant_id = ?")
        .param(tenant)
        .query(
            (rs, n) ->
                Map.<String, Object>of(
                    "trained_by", rs.getString(1),
                    "trained_on", rs.getString(2),
                    "format_version", rs.getInt(3),
                    "examples", rs.getInt(4)))
        .single();
  }
}
