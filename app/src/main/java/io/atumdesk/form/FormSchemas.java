package io.atumdesk.form;

import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import io.atumdesk.core.TenantContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The form-js schemas by their {@code id}: the shipped ones ({@code classpath*:forms/*.form}, each
 * version 1) and the versions the current tenant published in the studio, the newest of which
 * replaces the shipped one for that tenant; and the server's check of submitted data against them:
 * the browser's check is a convenience, this one is the rule. A step shows and checks the version
 * that was current when the step opened, so a form published meanwhile does not change under it.
 */
@Service
public class FormSchemas {

  private final Map<String, FormSchema> schemas;
  private final Map<String, String> sources;
  private final FormVersions versions;
  private final JsonMapper json;

  FormSchemas(JsonMapper json, FormVersions versions) throws IOException {
    this.json = json;
    this.versions = versions;
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
    return schemaJson(formKey, null);
  }

  /** The schema that was current at {@code shownFrom}, e.g. when the step showing it opened. */
  public Optional<String> schemaJson(String formKey, Instant shownFrom) {
    return source(TenantContext.current(), formKey, shownFrom).map(FormSource::json);
  }

  /** The ids of every form the tenant has, sorted, for designers choosing a step's form. */
  public List<String> ids() {
    TreeSet<String> ids = new TreeSet<>(schemas.keySet());
    String tenant = TenantContext.current();
    if (tenant != null) {
      ids.addAll(versions.keys(tenant));
    }
    return List.copyOf(ids);
  }

  public boolean exists(String formKey) {
    return schema(formKey, null) != null;
  }

  /** The tenant's current version of a form, or the shipped one (version 1). */
  public Optional<FormSource> source(String tenantId, String formKey) {
    return source(tenantId, formKey, null);
  }

  /** The problems of a schema to be published as {@code formKey}; empty when it may be. */
  public List<FieldProblem> check(String formKey, String schemaJson) {
    return FormRules.problems(json, formKey, schemaJson);
  }

  /**
   * Publishes a schema as the tenant's next version of the form; steps opened from now on show it.
   *
   * @throws InvalidInputException naming each component in error
   */
  @Transactional
  public FormSource publish(
      String tenantId, String formKey, String schemaJson, String by, Instant at) {
    List<FieldProblem> problems = check(formKey, schemaJson);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "Form '" + formKey + "' cannot be published: " + fieldList(problems) + ".", problems);
    }
    int number = versions.nextNumber(tenantId, formKey, schemas.containsKey(formKey));
    String text = json.writeValueAsString(json.readTree(schemaJson));
    versions.insert(tenantId, new FormVersions.FormVersion(formKey, number, text, by, at));
    return new FormSource(formKey, number, text);
  }

  private Optional<FormSource> source(String tenantId, String formKey, Instant at) {
    if (formKey == null) {
      return Optional.empty();
    }
    if (tenantId != null) {
      Optional<FormSource> own =
          versions
              .current(tenantId, formKey, at)
              .map(v -> new FormSource(formKey, v.number(), v.json()));
      if (own.isPresent()) {
        return own;
      }
    }
    return Optional.ofNullable(sources.get(formKey)).map(text -> new FormSource(formKey, 1, text));
  }

  /** The parsed schema the current tenant uses (as of {@code at}), or null when there is none. */
  private FormSchema schema(String formKey, Instant at) {
    if (formKey == null) {
      return null;
    }
    String tenant = TenantContext.current();
    if (tenant != null) {
      Optional<FormVersions.FormVersion> own = versions.current(tenant, formKey, at);
      if (own.isPresent()) {
        return FormSchema.of(json.readTree(own.get().json()));
      }
    }
    return schemas.get(formKey);
  }

  /** A form's schema as JSON and its version (1: the shipped one). */
  public record FormSource(String formKey, int version, String json) {}

  /**
   * Whether a step with this form is an approval (a vote such as the CAB's on a change): the one
   * place that decides it, from the schema's {@code "properties": {"atum.kind": "approval"}}.
   */
  public boolean isApproval(String formKey) {
    FormSchema schema = schema(formKey, null);
    return schema != null && FormSchema.APPROVAL.equals(schema.kind());
  }

  /**
   * The submitted values the form accepts, keyed by field; throws naming every field in error.
   * Without a form key only an empty submission is accepted.
   */
  public Map<String, Object> validate(String formKey, Map<String, Object> data) {
    return validate(formKey, null, data);
  }

  /** As {@link #validate(String, Map)}, against the version current at {@code shownFrom}. */
  public Map<String, Object> validate(String formKey, Instant shownFrom, Map<String, Object> data) {
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
    FormSchema schema = schema(formKey, shownFrom);
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
    FormSchema schema = schema(formKey, null);
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
