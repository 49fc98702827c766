package io.atumdesk.problem.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.problem.Investigation;
import io.atumdesk.problem.ProblemManagement;
import io.atumdesk.problem.ProblemSteps;
import io.atumdesk.problem.ProblemView;
import io.atumdesk.problem.RaiseProblem;
import io.atumdesk.ticket.TicketKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Problems: raised from incidents or proactively, investigated, fixed or accepted, closed. */
@RestController
@Tag(name = "Problems")
class ProblemController {

  static final String PROBLEMS = "/api/v1/problems";

  private final ProblemManagement problems;
  private final ProblemSteps steps;

  ProblemController(ProblemManagement problems, ProblemSteps steps) {
    this.problems = problems;
    this.steps = steps;
  }

  @PostMapping(PROBLEMS)
  @Operation(summary = "Raise a problem from incidents ({incidents: [INC-…]}) or proactively")
  ResponseEntity<ProblemView> raise(Actor actor, @RequestBody RaiseProblem form) {
    ProblemView raised = problems.raise(actor, form == null ? Forms.EMPTY_RAISE : form);
    return ResponseEntity.created(URI.create(PROBLEMS + "/" + raised.key())).body(raised);
  }

  @GetMapping(PROBLEMS + "/{key}")
  @Operation(summary = "A problem with its investigation, known error, fix and incidents")
  ProblemView get(Actor actor, @PathVariable String key) {
    return problems.get(actor, new TicketKey(key));
  }

  @PostMapping(PROBLEMS + "/{key}/incidents")
  @Operation(summary = "Link an incident to the problem: {incidentKey}")
  ProblemView linkIncident(Actor actor, @PathVariable String key, @RequestBody IncidentForm form) {
    if (form == null || form.incidentKey() == null) {
      throw new InvalidInputException("incidentKey", "must be an incident key such as INC-000001");
    }
    return problems.linkIncident(actor, new TicketKey(key), new TicketKey(form.incidentKey()));
  }

  @PatchMapping(PROBLEMS + "/{key}/investigation")
  @Operation(summary = "Record the investigation: timeline, fiveWhys, causeCategory, rootCause")
  ProblemView investigate(
      Actor actor, @PathVariable String key, @RequestBody Investigation investigation) {
    return problems.investigate(actor, new TicketKey(key), investigation);
  }

  @PostMapping(PROBLEMS + "/{key}/known-error")
  @Operation(summary = "End the investigation and publish the known error: {symptom, workaround}")
  ProblemView publish(Actor actor, @PathVariable String key, @RequestBody KnownErrorForm form) {
    KnownErrorForm given = form == null ? new KnownErrorForm(null, null) : form;
    return steps.publishKnownError(actor, new TicketKey(key), given.symptom(), given.workaround());
  }

  @PostMapping(PROBLEMS + "/{key}/change")
  @Operation(summary = "Fix it by a change ({changeKey}); resolved once the change is done")
  ProblemView linkChange(Actor actor, @PathVariable String key, @RequestBody ChangeForm form) {
    return steps.fixByChange(actor, new TicketKey(key), form == null ? null : form.changeKey());
  }

  @PostMapping(PROBLEMS + "/{key}/resolve")
  @Operation(summary = "Resolve it without a fix, the risk accepted: {reason}")
  ProblemView resolve(Actor actor, @PathVariable String key, @RequestBody ResolveForm form) {
    return steps.resolveWithoutFix(actor, new TicketKey(key), form == null ? null : form.reason());
  }

  @PostMapping(PROBLEMS + "/{key}/close")
  @Operation(summary = "Close a resolved problem after its review")
  ProblemView close(Actor actor, @PathVariable String key) {
    return steps.close(actor, new TicketKey(key));
  }

  /** The known error a finished investigation publishes. */
  record KnownErrorForm(String symptom, String workaround) {}

  /** An incident the problem is behind. */
  record IncidentForm(String incidentKey) {}

  /** The change that fixes the problem. */
  record ChangeForm(String changeKey) {}

  /** Why no fix will come. */
  record ResolveForm(String reason) {}
}
