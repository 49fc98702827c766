package io.atumdesk.form;

import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped form-js schemas ({@code classpath*:forms/*.form}) by their {@code id}, and the
 * server's check of submitted data against them: the browser's check is a convenience, this one is
 * the rule.
 */
@Service
public class FormSchemas {

  private final Map<String, FormSchema> schemas;
  private final Map<String, String> sources;

  FormSchemas(JsonMapper json) throws IOException {
    Map<String, FormSchema> loaded = new HashMap<>();
    Map<String, String> texts = new HashMap<>();
    for (Resource resource :
        new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
      try (InputStream in = resource.getInputStream()) {
        JsonNode root = json.readTree(in);
        FormSchema schema = FormSchema.of(root);
        loaded.put(schema.id(), schema);
        texts.put(schema.id(), json.writeValueAsString(root));
      } catch (RuntimeException e) {
        throw new IllegalStateException("Form " + resource.getFilename() + " is not valid", e);
      }
    }
    this.schemas = Map.copyOf(loaded);
    this.sources = Map.copyOf(texts);
  }

  /** The form-js schema as JSON, for the browser to render the form with. */
  public Optional<String> schemaJson(String formKey) {
    return Optional.ofNullable(formKey).map(sources::get);
  }

  /** The ids of every form, sorted, for designers choosing a step's form. */
  public List<String> ids() {
    return schemas.keySet().stream().sorted().toList();
  }

  public boolean exists(String formKey) {
    return schemas.containsKey(formKey);
  }

  /**
   * Whether a step with this form is an approval (a vote such as the CAB's on a change): the one
   * place that decides it, from the schema's {@code "properties": {"atum.kind": "approval"}}.
   */
  public boolean isApproval(String formKey) {
    FormSchema schema = formKey == null ? null : schemas.get(formKey);
    return schema != null && FormSchema.APPROVAL.equals(schema.kind());
  }

  /**
   * The submitted values the form accepts, keyed by field; throws naming every field in error.
   * Without a form key only an empty submission is accepted.
   */
  public Map<String, Object> validate(String formKey, Map<String, Object> data) {
    Map<String, Object> submitted = data == null ? Map.of() : data;
    if (formKey == null) {
      if (!submitted.isEmpty()) {
        throw new InvalidInputException(
            "This step has no form and takes no data.",
            submitted.keySet().stream()
                .map(k -> new FieldProblem(k, "is not a field of this step"))
                .toList());
      }
      return Map.of();
    }
    FormSchema schema = schemas.get(formKey);
    if (schema == null) {
      throw new IllegalStateException(
          "Form '" + formKey + "' named by the process is not deployed");
    }
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Object> accepted = new LinkedHashMap<>();
    for (String key : submitted.keySet()) {
      if (!schema.hasField(key)) {
        problems.add(new FieldProblem(key, "is not a field of this form"));
      }
    }
    for (FormField field : schema.fields()) {
      if (field.hiddenBy(submitted)) {
        continue;
      }
      Object value = submitted.get(field.key());
      field
          .problem(value)
          .ifPresentOrElse(
              message -> problems.add(new FieldProblem(field.key(), message)),
              () -> {
                if (value != null) {
                  accepted.put(field.key(), value);
                }
              });
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "Please correct the form: " + fieldList(problems) + ".", problems);
    }
    return accepted;
  }

  /**
   * The accepted values a form marks for the conversation ({@code "properties": {"atum.timeline":
   * "reply"}} or {@code "note"}), such as a question to the requester or a vote with its reason:
   * one text per visibility, its values in form order on lines of their own, choices by label.
   */
  public List<TimelineText> timelineTexts(String formKey, Map<String, Object> accepted) {
    FormSchema schema = formKey == null ? null : schemas.get(formKey);
    if (schema == null) {
      return List.of();
    }
    Map<Boolean, List<String>> lines = new LinkedHashMap<>();
    for (FormField field : schema.fields()) {
      if (field.timeline() != null
          && accepted.get(field.key()) instanceof String text
          && !text.isBlank()) {
        lines
            .computeIfAbsent(!"reply".equals(field.timeline()), internal -> new ArrayList<>())
            .add(field.timelineText(text));
      }
    }
    return lines.entrySet().stream()
        .map(entry -> new TimelineText(String.join("\n", entry.getValue()), entry.getKey()))
        .toList();
  }

  /** A form value that goes on the conversation, publicly or as an internal note. */
  public record TimelineText(String text, boolean internal) {}

  private static String fieldList(List<FieldProblem> problems) {
    return String.join(", ", problems.stream().map(FieldProblem::field).toList());
  }
}
