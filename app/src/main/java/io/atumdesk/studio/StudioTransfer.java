package io.atumdesk.studio;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import io.atumdesk.studio.ModelArchive.Entry;
import io.atumdesk.studio.ModelArchive.Kind;
import io.atumdesk.studio.StudioAuditEntry.Action;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export and import of a tenant's models as one zip. An import checks every model exactly as
 * publishing would, with the forms and tables it brings counted as existing, before it deploys
 * anything; then it deploys all of them in one transaction, or none. A model equal to the tenant's
 * current version is left as it is, so importing an export changes nothing.
 */
@Service
public class StudioTransfer {

  private final ProcessCatalogue catalogue;
  private final TenantProcesses processes;
  private final ModelValidation validation;
  private final VersionDeployer deployer;
  private final DecisionModel decisions;
  private final FormModel forms;
  private final io.atumdesk.decision.Decisions tables;
  private final io.atumdesk.form.FormSchemas formSchemas;
  private final StudioAccess access;
  private final StudioProperties properties;
  private final StudioAudit audit;

  StudioTransfer(
      ProcessCatalogue catalogue,
      TenantProcesses processes,
      ModelValidation validation,
      VersionDeployer deployer,
      DecisionModel decisions,
      FormModel forms,
      io.atumdesk.decision.Decisions tables,
      io.atumdesk.form.FormSchemas formSchemas,
      StudioAccess access,
      StudioProperties properties,
      StudioAudit audit) {
    this.catalogue = catalogue;
    this.processes = processes;
    this.validation = validation;
    this.deployer = deployer;
    this.decisions = decisions;
    this.forms = forms;
    this.tables = tables;
    this.formSchemas = formSchemas;
    this.access = access;
    this.properties = properties;
    this.audit = audit;
  }

  /** The tenant's current version of every process, decision table and form. */
  @Transactional(readOnly = true)
  public byte[] export(Actor actor) {
    access.require(actor);
    List<Entry> entries = new ArrayList<>();
    for (var process : catalogue.processes(actor)) {
      byte[] xml = processes.current(process.processKey()).xml();
      entries.add(new Entry(null, Kind.PROCESS, process.processKey(), xml));
    }
    for (var table : tables.tables(actor.tenantId())) {
      decisions
          .current(actor, table.decisionId())
          .ifPresent(c -> entries.add(entry(Kind.DECISION, table.decisionId(), c.content())));
    }
    for (String key : formSchemas.ids()) {
      forms.current(actor, key).ifPresent(c -> entries.add(entry(Kind.FORM, key, c.content())));
    }
    return ModelArchive.write(entries);
  }

  /**
   * Imports a zip: all of it or nothing.
   *
   * @throws InvalidInputException naming each entry in error, before anything is deployed
   */
  @Transactional
  public Imported importZip(Actor actor, byte[] zip) {
    access.require(actor);
    List<Entry> entries = ModelArchive.read(zip, properties.maxModelSize().toBytes());
    requireUnique(entries);
    var importing =
        new ModelValidation.Importing(keys(entries, Kind.FORM), keys(entries, Kind.DECISION));
    // A model equal to what the tenant runs is neither checked again nor deployed: it already is.
    List<Entry> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (Entry entry : entries) {
      if (isCurrent(actor, entry)) {
        unchanged.add(entry.name());
      } else {
        changed.add(entry);
      }
    }
    List<FieldProblem> problems = new ArrayList<>();
    for (Entry entry : changed) {
      problems.addAll(check(actor, entry, importing));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "Nothing was imported: "
              + problems.stream()
                  .map(p -> p.field() + " " + p.message())
                  .collect(Collectors.joining("; "))
              + ".",
          problems);
    }
    List<String> deployed = new ArrayList<>();
    // Forms and tables first: the processes name them.
    for (Kind kind : List.of(Kind.FORM, Kind.DECISION, Kind.PROCESS)) {
      for (Entry entry : changed) {
        if (entry.kind() == kind) {
          deploy(actor, entry, importing);
          deployed.add(entry.name());
        }
      }
    }
    audit.record(
        actor,
        Action.IMPORT,
        "import",
        deployed.size(),
        truncate("deployed " + deployed + "; unchanged " + unchanged));
    return new Imported(deployed, unchanged);
  }

  private List<FieldProblem> check(Actor actor, Entry entry, ModelValidation.Importing importing) {
    String text = new String(entry.content(), StandardCharsets.UTF_8);
    return switch (entry.kind()) {
      case FORM ->
          forms.check(actor, entry.key(), text).stream()
              .map(p -> new FieldProblem(entry.name(), place(p) + p.message()))
              .toList();
      case DECISION ->
          decisions.check(actor, entry.key(), text).stream()
              .map(p -> new FieldProblem(entry.name(), place(p) + p.message()))
              .toList();
      case PROCESS -> checkProcess(actor, entry, importing);
    };
  }

  private List<FieldProblem> checkProcess(
      Actor actor, Entry entry, ModelValidation.Importing importing) {
    try {
      processes.current(entry.key());
    } catch (io.atumdesk.core.NotFoundException e) {
      return List.of(
          new FieldProblem(
              entry.name(),
              "is not a process of this installation; import versions of known ones"));
    }
    try {
      return validation.validate(actor, entry.key(), entry.content(), importing).problems().stream()
          .map(p -> new FieldProblem(entry.name(), p.elementId() + ": " + p.message()))
          .toList();
    } catch (InvalidInputException e) {
      return List.of(new FieldProblem(entry.name(), e.getMessage()));
    }
  }

  /** Whether the tenant runs exactly this model now. */
  private boolean isCurrent(Actor actor, Entry entry) {
    String text = new String(entry.content(), StandardCharsets.UTF_8);
    return switch (entry.kind()) {
      case FORM ->
          forms.current(actor, entry.key()).map(c -> c.content().equals(text)).orElse(false);
      case DECISION ->
          decisions.current(actor, entry.key()).map(c -> c.content().equals(text)).orElse(false);
      case PROCESS -> {
        try {
          yield Arrays.equals(processes.current(entry.key()).xml(), entry.content());
        } catch (io.atumdesk.core.NotFoundException unknown) {
          yield false;
        }
      }
    };
  }

  /** Deploys one checked model as the tenant's next version. */
  private void deploy(Actor actor, Entry entry, ModelValidation.Importing importing) {
    String text = new String(entry.content(), StandardCharsets.UTF_8);
    int version =
        switch (entry.kind()) {
          case FORM -> forms.publish(actor, entry.key(), text);
          case DECISION -> decisions.publish(actor, entry.key(), text);
          case PROCESS ->
              deployer
                  .deploy(
                      actor,
                      entry.key(),
                      entry.content(),
                      processes.current(entry.key()).number(),
                      importing)
                  .versionNumber();
        };
    String key =
        switch (entry.kind()) {
          case FORM -> ModelKind.FORM.auditKey(entry.key());
          case DECISION -> ModelKind.DECISION.auditKey(entry.key());
          case PROCESS -> entry.key();
        };
    audit.record(actor, Action.IMPORT, key, version, "imported " + entry.name());
  }

  private static void requireUnique(List<Entry> entries) {
    Set<String> seen = new java.util.HashSet<>();
    for (Entry entry : entries) {
      if (!seen.add(entry.name())) {
        throw ModelArchive.refused(entry.name(), "is in the zip twice");
      }
    }
  }

  private static Set<String> keys(List<Entry> entries, Kind kind) {
    return entries.stream()
        .filter(e -> e.kind() == kind)
        .map(Entry::key)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String place(ModelEditing.Problem problem) {
    if (problem.ruleId() != null) {
      return "rule " + problem.ruleId() + ", column " + problem.columnId() + ": ";
    }
    return problem.elementId() != null ? problem.elementId() + ": " : "";
  }

  private static Entry entry(Kind kind, String key, String content) {
    return new Entry(null, kind, key, content.getBytes(StandardCharsets.UTF_8));
  }

  private static String truncate(String detail) {
    return detail.length() <= 1000 ? detail : detail.substring(0, 997) + "...";
  }

  /** The zip's entries that were deployed as new versions, and those equal to the current. */
  public record Imported(List<String> deployed, List<String> unchanged) {}
}
