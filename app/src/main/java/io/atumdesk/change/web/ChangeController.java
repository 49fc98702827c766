package io.atumdesk.change.web;

import io.atumdesk.change.ChangeApprovals;
import io.atumdesk.change.ChangeCalendar;
import io.atumdesk.change.ChangeFields;
import io.atumdesk.change.ChangeImplementation;
import io.atumdesk.change.ChangeManagement;
import io.atumdesk.change.ChangeScheduling;
import io.atumdesk.change.ChangeView;
import io.atumdesk.change.ScheduleChange;
import io.atumdesk.change.ScheduledChange;
import io.atumdesk.change.web.ChangeForms.ImplementationForm;
import io.atumdesk.change.web.ChangeForms.ReviewForm;
import io.atumdesk.change.web.ChangeForms.RollbackForm;
import io.atumdesk.change.web.ChangeForms.VoteForm;
import io.atumdesk.change.web.ChangeForms.WithdrawalForm;
import io.atumdesk.core.Actor;
import io.atumdesk.ticket.TicketKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Changes: raise, read, edit, submit, vote, schedule, implement, roll back, review, withdraw. */
@RestController
@Tag(name = "Changes")
class ChangeController {

  static final String CHANGES = "/api/v1/changes";

  private final ChangeManagement changes;
  private final ChangeApprovals approvals;
  private final ChangeScheduling scheduling;
  private final ChangeImplementation implementation;

  ChangeController(
      ChangeManagement changes,
      ChangeApprovals approvals,
      ChangeScheduling scheduling,
      ChangeImplementation implementation) {
    this.changes = changes;
    this.approvals = approvals;
    this.scheduling = scheduling;
    this.implementation = implementation;
  }

  @PostMapping(CHANGES)
  @Operation(summary = "Raise a change (customers: standard changes only); submit=true assesses it")
  ResponseEntity<ChangeView> raise(Actor actor, @RequestBody RaiseChangeForm form) {
    ChangeView raised = changes.raise(actor, form.command());
    return ResponseEntity.created(URI.create(CHANGES + "/" + raised.key())).body(raised);
  }

  @GetMapping(CHANGES + "/{key}")
  @Operation(summary = "One change with its votes")
  ChangeView get(Actor actor, @PathVariable String key) {
    return changes.get(actor, new TicketKey(key));
  }

  @PatchMapping(CHANGES + "/{key}")
  @Operation(summary = "Edit plan, rollback plan, test evidence or items until it is scheduled")
  ChangeView update(Actor actor, @PathVariable String key, @RequestBody ChangeFields fields) {
    return changes.update(actor, new TicketKey(key), fields);
  }

  @PostMapping(CHANGES + "/{key}/submit")
  @Operation(summary = "Send a draft to risk assessment; 400 names each missing field")
  ChangeView submit(Actor actor, @PathVariable String key) {
    return changes.submit(actor, new TicketKey(key));
  }

  @PostMapping(CHANGES + "/{key}/votes")
  @Operation(summary = "Vote as change manager, CAB or ECAB member; 403 off the board, 409 twice")
  ChangeView vote(Actor actor, @PathVariable String key, @RequestBody VoteForm form) {
    return approvals.vote(actor, new TicketKey(key), form.decision(), form.comment());
  }

  @PostMapping(CHANGES + "/{key}/schedule")
  @Operation(summary = "Schedule an approved change; 409 naming a blackout unless overridden")
  ScheduledChange schedule(
      Actor actor, @PathVariable String key, @RequestBody ScheduleChange form) {
    return scheduling.schedule(actor, new TicketKey(key), form);
  }

  @PostMapping(CHANGES + "/{key}/implementation")
  @Operation(summary = "Report the implementation: SUCCESSFUL, or FAILED with notes")
  ChangeView implemented(
      Actor actor, @PathVariable String key, @RequestBody ImplementationForm form) {
    return implementation.implemented(actor, new TicketKey(key), form.result(), form.notes());
  }

  @PostMapping(CHANGES + "/{key}/rollback")
  @Operation(summary = "Report a failed change rolled back")
  ChangeView rolledBack(Actor actor, @PathVariable String key, @RequestBody RollbackForm form) {
    return implementation.rolledBack(actor, new TicketKey(key), form.notes());
  }

  @PostMapping(CHANGES + "/{key}/review")
  @Operation(summary = "The post-implementation review (change managers); closes the change")
  ChangeView reviewed(Actor actor, @PathVariable String key, @RequestBody ReviewForm form) {
    return implementation.reviewed(actor, new TicketKey(key), form.result(), form.notes());
  }

  @PostMapping(CHANGES + "/{key}/withdrawal")
  @Operation(summary = "Withdraw a change before its implementation")
  ChangeView withdraw(Actor actor, @PathVariable String key, @RequestBody WithdrawalForm form) {
    return changes.withdraw(actor, new TicketKey(key), form.reason());
  }

  @GetMapping(CHANGES + "/calendar")
  @Operation(summary = "Scheduled changes and blackout windows between from and to (62 days)")
  ChangeCalendar calendar(Actor actor, @RequestParam Instant from, @RequestParam Instant to) {
    return scheduling.calendar(actor, from, to);
  }
}
