package io.atumdesk.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionTableEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;

/** One shipped table compiled the way the app compiles it, plus what its cases file expects. */
final class DecisionTableUnderTest {

  /**
   * What one evaluation returned, which rules matched and which of those the hit policy selected
   * (all of them for COLLECT, one for FIRST and PRIORITY).
   */
  record Evaluation(
      Object result,
      List<String> selectedRuleIds,
      List<String> matchedRuleIds,
      List<DMNMessage> messages) {

    /**
     * One output by name: a multi-output table returns a context, a single-output one the value.
     */
    Object output(String name) {
      return result instanceof Map<?, ?> context ? context.get(name) : result;
    }
  }

  private final String name;
  private final DMNRuntime runtime;
  private final DMNModel model;
  private final List<String> selectedRuleIds = new ArrayList<>();
  private final List<String> matchedRuleIds = new ArrayList<>();

  private DecisionTableUnderTest(String name) {
    this.name = name;
    this.runtime =
        DMNRuntimeBuilder.fromDefaults()
            .buildConfiguration()
            .fromClasspathResource("rules/" + name + ".dmn", DecisionTableUnderTest.class)
            .getOrElseThrow(e -> new IllegalStateException("cannot load " + name, e));
    this.model = runtime.getModels().get(0);
    // Tests evaluate on one thread, so a plain list is enough here.
    runtime.addListener(
        new DMNRuntimeEventListener() {
          @Override
          public void afterEvaluateDecisionTable(AfterEvaluateDecisionTableEvent event) {
            selectedRuleIds.addAll(event.getSelectedIds());
            matchedRuleIds.addAll(event.getMatchesIds());
          }
        });
  }

  /** Loads {@code rules/<name>.dmn} from the classpath and compiles it. */
  static DecisionTableUnderTest load(String name) {
    return new DecisionTableUnderTest(name);
  }

  List<DMNMessage> compileMessages() {
    return model.getMessages();
  }

  Evaluation evaluate(Map<String, Object> inputs) {
    selectedRuleIds.clear();
    matchedRuleIds.clear();
    DMNContext context = runtime.newContext();
    // Like the app: an absent input is null, so it matches "-" instead of failing the evaluation.
    model.getInputs().forEach(input -> context.set(input.getName(), null));
    inputs.forEach(context::set);
    DMNResult result = runtime.evaluateDecisionById(model, name, context);
    Object value = result.getDecisionResultById(name).getResult();
    return new Evaluation(
        value, List.copyOf(selectedRuleIds), List.copyOf(matchedRuleIds), result.getMessages());
  }

  /** Rule ids in table order, to check that the cases file covers every rule. */
  List<String> ruleIds() {
    DecisionTable table = (DecisionTable) model.getDecisionById(name).getDecision().getExpression();
    return table.getRule().stream().map(DecisionRule::getId).toList();
  }

  /**
   * The {@code rule} column of {@code rules/<name>.cases.csv}; a COLLECT table's cell lists the
   * matched ids separated by spaces.
   */
  List<String> ruleIdsInCasesFile() {
    try (var in = getClass().getResourceAsStream("/rules/" + name + ".cases.csv")) {
      List<String> lines =
          List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
      int column = List.of(lines.get(0).trim().split(",")).indexOf("rule");
      return lines.stream()
          .skip(1)
          .map(line -> line.trim().split(",", -1)[column])
          .flatMap(cell -> Stream.of(cell.split(" ")))
          .filter(id -> !id.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
