package io.atumdesk.studio;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import io.atumdesk.decision.Decisions;
import io.atumdesk.form.FormSchemas;
import io.atumdesk.people.PeopleDirectory;
import io.atumdesk.workflow.CheckedModel;
import io.atumdesk.workflow.ModelProblem;
import io.atumdesk.workflow.ModelReference;
import io.atumdesk.workflow.ProcessDeployments;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything checked before a process is published: what the workflow engine finds (Flowable's
 * validation, the model rules, unreachable elements), that the process keeps its key, and that
 * every form, decision table and group it names exists for the tenant.
 */
@Service
public class ModelValidation {

  private final ProcessDeployments deployments;
  private final FormSchemas forms;
  private final Decisions decisions;
  private final PeopleDirectory people;
  private final StudioAccess access;

  ModelValidation(
      ProcessDeployments deployments,
      FormSchemas forms,
      Decisions decisions,
      PeopleDirectory people,
      StudioAccess access) {
    this.deployments = deployments;
    this.forms = forms;
    this.decisions = decisions;
    this.people = people;
    this.access = access;
  }

  /** The problems of a model, each at its element; none means it may be published. */
  @Transactional(readOnly = true)
  public Validation validate(Actor actor, String processKey, byte[] xml) {
    return validate(actor, processKey, xml, Importing.NONE);
  }

  /** As above, with the forms and tables an import brings along counted as existing. */
  @Transactional(readOnly = true)
  public Validation validate(Actor actor, String processKey, byte[] xml, Importing importing) {
    access.require(actor);
    access.requireModelSize(xml);
    CheckedModel model = deployments.check(xml);
    List<ModelProblem> problems = new ArrayList<>(model.problems());
    if (!model.processKey().equals(processKey)) {
      problems.add(
          new ModelProblem(model.processKey(), "the process id must stay '" + processKey + "'"));
    }
    for (ModelReference reference : model.references()) {
      if (!importing.brings(reference) && !exists(actor.tenantId(), reference)) {
        problems.add(new ModelProblem(reference.elementId(), missing(reference)));
      }
    }
    return new Validation(problems.isEmpty(), List.copyOf(problems));
  }

  /**
   * Refuses a model with problems with 400, one entry per element; {@code what} says what was
   * refused, e.g. "published".
   */
  void requireValid(Actor actor, String processKey, byte[] xml, String what) {
    requireValid(actor, processKey, xml, Importing.NONE, what);
  }

  /** As above, with the forms and tables an import brings counted as existing. */
  void requireValid(Actor actor, String processKey, byte[] xml, Importing importing, String what) {
    var result = validate(actor, processKey, xml, importing);
    if (!result.valid()) {
      var problems =
          result.problems().stream()
              .map(p -> new FieldProblem(p.elementId(), p.message()))
              .toList();
      throw new InvalidInputException(
          "The model cannot be "
              + what
              + ": "
              + problems.stream()
                  .map(p -> p.field() + " " + p.message())
                  .collect(Collectors.joining("; "))
              + ".",
          problems);
    }
  }

  private boolean exists(String tenantId, ModelReference reference) {
    return switch (reference.kind()) {
      case FORM -> forms.exists(reference.value());
      case DECISION -> decisions.table(tenantId, reference.value()).isPresent();
      case GROUP -> people.groupExists(tenantId, reference.value());
    };
  }

  private static String missing(ModelReference reference) {
    String what =
        switch (reference.kind()) {
          case FORM -> "form";
          case DECISION -> "decision table";
          case GROUP -> "group";
        };
    return "names the " + what + " '" + reference.value() + "', which does not exist";
  }

  /** The forms and decision tables an import deploys alongside the processes that name them. */
  public record Importing(java.util.Set<String> forms, java.util.Set<String> decisions) {

    static final Importing NONE = new Importing(java.util.Set.of(), java.util.Set.of());

    boolean brings(ModelReference reference) {
      return switch (reference.kind()) {
        case FORM -> forms.contains(reference.value());
        case DECISION -> decisions.contains(reference.value());
        case GROUP -> false;
      };
    }
  }

  /** Whether a model may be published, and if not, why, element by element. */
  public record Validation(boolean valid, List<ModelProblem> problems) {}
}
