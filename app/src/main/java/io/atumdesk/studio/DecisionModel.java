package io.atumdesk.studio;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.SafeXml;
import io.atumdesk.decision.DecisionDeployments;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Decision tables in the studio, through the decision module: it compiles them with Drools, keeps
 * the tenant's versions and refuses cells outside the allowed FEEL, each at its rule and column.
 */
@Component
class DecisionModel implements EditableModel {

  private static final Pattern DECISION_ID =
      Pattern.compile("<(?:\\w+:)?decision\\b[^>]*?\\bid\\s*=\\s*\"([^\"]*)\"");

  private final DecisionDeployments decisions;

  DecisionModel(DecisionDeployments decisions) {
    this.decisions = decisions;
  }

  @Override
  public ModelKind kind() {
    return ModelKind.DECISION;
  }

  @Override
  public Optional<Current> current(Actor actor, String key) {
    return decisions
        .source(actor, key)
        .map(s -> new Current(s.version(), new String(s.xml(), StandardCharsets.UTF_8)));
  }

  @Override
  public void requireWellFormed(String content) {
    try {
      SafeXml.requireWellFormedWithoutDoctype(bytes(content));
    } catch (SafeXml.UnsafeXmlException e) {
      throw new InvalidInputException("xml", e.getMessage());
    }
  }

  @Override
  public List<ModelEditing.Problem> check(Actor actor, String key, String content) {
    List<ModelEditing.Problem> problems = new ArrayList<>();
    decisions.check(actor, key + ".dmn", bytes(content)).stream()
        .map(p -> new ModelEditing.Problem(p.elementId(), p.ruleId(), p.columnId(), p.message()))
        .forEach(problems::add);
    if (problems.isEmpty()) {
      // The table was compiled: its one decision is there, and it must keep the id it is edited as.
      Matcher id = DECISION_ID.matcher(content);
      if (id.find() && !id.group(1).equals(key)) {
        problems.add(
            new ModelEditing.Problem(
                id.group(1), null, null, "the decision id must stay '" + key + "'"));
      }
    }
    return problems;
  }

  @Override
  public int publish(Actor actor, String key, String content) {
    return decisions.deploy(actor, key + ".dmn", bytes(content)).version();
  }

  private static byte[] bytes(String content) {
    return content.getBytes(StandardCharsets.UTF_8);
  }
}
