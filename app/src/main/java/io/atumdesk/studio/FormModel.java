package io.atumdesk.studio;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.form.FormSchemas;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Forms in the studio, through the form module: it checks a schema by its own rules and keeps the
 * tenant's versions; a step shows the version that was current when it opened.
 */
@Component
class FormModel implements EditableModel {

  private final FormSchemas forms;
  private final Clock clock;
  private final JsonMapper json;

  FormModel(FormSchemas forms, Clock clock, JsonMapper json) {
    this.forms = forms;
    this.clock = clock;
    this.json = json;
  }

  @Override
  public ModelKind kind() {
    return ModelKind.FORM;
  }

  @Override
  public Optional<Current> current(Actor actor, String key) {
    return forms.source(actor.tenantId(), key).map(s -> new Current(s.version(), s.json()));
  }

  @Override
  public void requireWellFormed(String content) {
    try {
      if (!json.readTree(content).isObject()) {
        throw new InvalidInputException("schema", "must be a form-js schema (a JSON object)");
      }
    } catch (JacksonException e) {
      throw new InvalidInputException("schema", "is not JSON: " + e.getOriginalMessage());
    }
  }

  @Override
  public List<ModelEditing.Problem> check(Actor actor, String key, String content) {
    return forms.check(key, content).stream()
        .map(p -> new ModelEditing.Problem(p.field(), null, null, p.message()))
        .toList();
  }

  @Override
  public int publish(Actor actor, String key, String content) {
    return forms
        .publish(actor.tenantId(), key, content, actor.username(), clock.instant())
        .version();
  }
}
