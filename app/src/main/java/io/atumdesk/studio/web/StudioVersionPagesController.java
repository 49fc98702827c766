package io.atumdesk.studio.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.studio.ProcessCatalogue;
import io.atumdesk.studio.ProcessCatalogue.ProcessSummary;
import io.atumdesk.studio.ProcessDiffing;
import io.atumdesk.studio.ProcessDryRun;
import io.atumdesk.studio.ProcessMigration;
import io.atumdesk.workflow.DryRunState;
import io.atumdesk.workflow.ModelDiff;
import io.atumdesk.workflow.ProcessMigrations.MigrationPreview;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The studio's pages between versions: compare two versions (or the draft) on their diagrams and as
 * a list, move chosen running tickets to another version after a preview, and dry-run the draft
 * step by step. Plain forms: each works with the keyboard and without script but the diagrams.
 */
@Controller
@RequestMapping("/studio/processes/{key}")
class StudioVersionPagesController {

  private final ProcessCatalogue catalogue;
  private final ProcessDiffing diffing;
  private final ProcessMigration migration;
  private final ProcessDryRun dryRun;

  StudioVersionPagesController(
      ProcessCatalogue catalogue,
      ProcessDiffing diffing,
      ProcessMigration migration,
      ProcessDryRun dryRun) {
    this.catalogue = catalogue;
    this.diffing = diffing;
    this.migration = migration;
    this.dryRun = dryRun;
  }

  @GetMapping(path = "/models/{which}", produces = MediaType.APPLICATION_XML_VALUE)
  @ResponseBody
  byte[] model(Actor actor, @PathVariable String key, @PathVariable String which) {
    return diffing.model(actor, key, which);
  }

  @GetMapping("/compare")
  String compare(
      Actor actor,
      @PathVariable String key,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model) {
    ProcessSummary process = process(actor, key);
    String before = from != null ? from : previous(process);
    String after = to != null ? to : "current";
    var diff = diffing.diff(actor, key, before, after);
    model.addAttribute("process", process);
    model.addAttribute("from", before);
    model.addAttribute("to", after);
    model.addAttribute("diff", diff);
    model.addAttribute("beforeMarks", marks(diff.diff(), false));
    model.addAttribute("afterMarks", marks(diff.diff(), true));
    return "studio-compare";
  }

  @GetMapping("/migrate")
  String migrate(
      Actor actor,
      @PathVariable String key,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to,
      Model model) {
    ProcessSummary process = process(actor, key);
    int current = process.versions().get(0).version();
    int source = from != null ? from : Integer.parseInt(previous(process));
    int target = to != null ? to : current;
    model.addAttribute("process", process);
    model.addAttribute("from", source);
    model.addAttribute("to", target);
    model.addAttribute("running", migration.running(actor, key, source));
    return "studio-migrate";
  }

  @PostMapping("/migrate")
  String previewOrMigrate(
      Actor actor,
      @PathVariable String key,
      @RequestParam int from,
      @RequestParam int to,
      @RequestParam(name = "instance", required = false) List<String> instances,
      @RequestParam(name = "mapFrom", required = false) List<String> mapFrom,
      @RequestParam(name = "mapTo", required = false) List<String> mapTo,
      @RequestParam(defaultValue = "preview") String step,
      Model model) {
    var request = new ProcessMigration.Request(to, instances, pairs(mapFrom, mapTo, false));
    List<MigrationPreview> outcome =
        step.equals("migrate")
            ? migration.migrate(actor, key, request)
            : migration.preview(actor, key, request);
    model.addAttribute("process", process(actor, key));
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("running", migration.running(actor, key, from));
    model.addAttribute("chosen", request.instances());
    model.addAttribute("mappings", request.mappings());
    model.addAttribute("outcome", outcome);
    model.addAttribute("migrated", step.equals("migrate"));
    return "studio-migrate";
  }

  @GetMapping("/dry-run")
  String dryRunStart(Actor actor, @PathVariable String key, Model model) {
    model.addAttribute("process", process(actor, key));
    return "studio-dry-run";
  }

  @PostMapping("/dry-run")
  String startDryRun(
      Actor actor, @PathVariable String key, @RequestParam Map<String, String> form) {
    Map<String, Object> sample = new LinkedHashMap<>();
    for (String field : List.of("type", "impact", "urgency", "category", "subject")) {
      String value = form.get(field);
      if (value != null && !value.isBlank()) {
        sample.put(field, value.strip());
      }
    }
    var state = dryRun.start(actor, key, sample);
    return "redirect:/studio/processes/" + key + "/dry-runs/" + state.runId();
  }

  @GetMapping("/dry-runs/{run}")
  String dryRunPage(Actor actor, @PathVariable String key, @PathVariable String run, Model model) {
    DryRunState state = dryRun.state(actor, key, run);
    model.addAttribute("process", process(actor, key));
    model.addAttribute("run", state);
    List<String> marks = new ArrayList<>();
    state.path().forEach(s -> marks.add(s.elementId() + ":" + (s.done() ? "passed" : "waiting")));
    model.addAttribute("pathMarks", String.join(" ", marks));
    return "studio-dry-run";
  }

  @GetMapping(path = "/dry-runs/{run}/model", produces = MediaType.APPLICATION_XML_VALUE)
  @ResponseBody
  byte[] dryRunModel(Actor actor, @PathVariable String key, @PathVariable String run) {
    return dryRun.model(actor, key, run);
  }

  @PostMapping("/dry-runs/{run}/tasks/{task}")
  String completeTask(
      Actor actor,
      @PathVariable String key,
      @PathVariable String run,
      @PathVariable String task,
      @RequestParam(name = "field", required = false) List<String> fields,
      @RequestParam(name = "value", required = false) List<String> values) {
    Map<String, Object> data = new LinkedHashMap<>();
    pairs(fields, values, true).forEach(data::put);
    dryRun.complete(actor, key, run, task, data);
    return "redirect:/studio/processes/" + key + "/dry-runs/" + run;
  }

  @PostMapping("/dry-runs/{run}/close")
  String close(Actor actor, @PathVariable String key, @PathVariable String run) {
    dryRun.close(actor, key, run);
    return "redirect:/studio/processes/" + key + "/dry-run";
  }

  private ProcessSummary process(Actor actor, String key) {
    return catalogue.processes(actor).stream()
        .filter(p -> p.processKey().equals(key))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Process", key));
  }

  /** The version before the current one, or the current one when it is the only one. */
  private static String previous(ProcessSummary process) {
    var versions = process.versions();
    return String.valueOf(versions.get(versions.size() > 1 ? 1 : 0).version());
  }

  /**
   * Pairs of form fields, blank pairs skipped; half a pair is refused, unless a name without a
   * value may be left out (a form field the designer left empty).
   */
  private static Map<String, String> pairs(
      List<String> keys, List<String> values, boolean skipBlankValues) {
    Map<String, String> pairs = new LinkedHashMap<>();
    int n = keys == null ? 0 : keys.size();
    for (int i = 0; i < n; i++) {
      String k = keys.get(i).strip();
      String v = values != null && i < values.size() ? values.get(i).strip() : "";
      if (v.isEmpty() && (k.isEmpty() || skipBlankValues)) {
        continue;
      }
      if (k.isEmpty() || v.isEmpty()) {
        throw new InvalidInputException(
            "mappings", "pairs '" + k + "' with '" + v + "'; fill in both or neither");
      }
      pairs.put(k, v);
    }
    return pairs;
  }

  /**
   * Markers for a diagram as "id:mark" words (element ids hold no blank or colon): on the older
   * model removed and changed elements, on the newer added and changed ones.
   */
  private static String marks(ModelDiff diff, boolean newer) {
    List<String> marks = new ArrayList<>();
    (newer ? diff.added() : diff.removed())
        .forEach(e -> marks.add(e.id() + ":" + (newer ? "added" : "removed")));
    diff.changed().forEach(e -> marks.add(e.id() + ":changed"));
    return String.join(" ", marks);
  }
}
