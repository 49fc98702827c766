package io.atumdesk.workspace.web;

import io.atumdesk.change.ChangeApprovals;
import io.atumdesk.change.VoteDecision;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.form.FormSchemas;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.workflow.TaskInbox;
import io.atumdesk.workflow.TaskView;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The CAB member's approvals: the changes waiting for their vote, with risk, plans, affected
 * services and schedule, and every other open step with an approval form that is theirs or their
 * groups', with the ticket it decides on; approve or reject with a comment in one step.
 */
@Controller
@RequestMapping("/cab")
class CabPageController {

  private final TaskInbox tasks;
  private final TicketManagement tickets;
  private final FormSchemas forms;
  private final ChangeApprovals changes;

  CabPageController(
      TaskInbox tasks, TicketManagement tickets, FormSchemas forms, ChangeApprovals changes) {
    this.tasks = tasks;
    this.tickets = tickets;
    this.forms = forms;
    this.changes = changes;
  }

  @GetMapping
  String page(Actor actor, Model model) {
    model.addAttribute("changes", changes.waitingFor(actor));
    model.addAttribute("approvals", approvals(actor));
    return "cab";
  }

  /** The caller's vote on a change; the change module says who may vote and when. */
  @PostMapping("/changes/{key}/vote")
  String vote(@PathVariable String key, Actor actor, ApprovalForm form, RedirectAttributes flash) {
    flash.addFlashAttribute("flashArg", key);
    try {
      changes.vote(
          actor,
          new TicketKey(key),
          form.rejects() ? VoteDecision.REJECT : VoteDecision.APPROVE,
          form.comment());
      flash.addFlashAttribute("flash", form.rejects() ? "cab.rejected" : "cab.approved");
    } catch (InvalidInputException | ConflictException | ForbiddenException e) {
      boolean noReason = form.rejects() && !form.hasComment();
      flash.addFlashAttribute("flashError", noReason ? "cab.reasonMissing" : "cab.refused");
      flash.addFlashAttribute("flashDetail", noReason ? null : e.getMessage());
    }
    return "redirect:/cab";
  }

  /** Completes the approval step with the vote; the form's fields put it on the timeline. */
  @PostMapping("/approvals/{taskId}")
  String decide(
      @PathVariable String taskId, Actor actor, ApprovalForm form, RedirectAttributes flash) {
    TaskView task = tasks.get(actor, taskId);
    if (!forms.isApproval(task.formKey())) {
      throw new NotFoundException("Approval", taskId);
    }
    flash.addFlashAttribute("flashArg", task.ticketKey());
    try {
      tasks.complete(actor, taskId, form.data());
      flash.addFlashAttribute("flash", form.rejects() ? "cab.rejected" : "cab.approved");
    } catch (InvalidInputException e) {
      boolean noReason = form.rejects() && !form.hasComment();
      flash.addFlashAttribute("flashError", noReason ? "cab.reasonMissing" : "cab.refused");
      flash.addFlashAttribute("flashDetail", noReason ? null : e.getMessage());
    }
    return "redirect:/cab";
  }

  /** Three queries for the whole view: the open tasks, their process instances, their tickets. */
  private List<Approval> approvals(Actor actor) {
    List<TaskView> waiting =
        tasks.open(actor).stream().filter(task -> forms.isApproval(task.formKey())).toList();
    if (waiting.isEmpty()) {
      return List.of();
    }
    Map<String, Ticket> byKey =
        tickets
            .find(actor, waiting.stream().map(task -> new TicketKey(task.ticketKey())).toList())
            .stream()
            .collect(Collectors.toMap(ticket -> ticket.key().value(), Function.identity()));
    return waiting.stream()
        .filter(task -> byKey.containsKey(task.ticketKey()))
        .map(task -> new Approval(task, byKey.get(task.ticketKey())))
        .toList();
  }

  /** An approval step and the ticket it decides on. */
  record Approval(TaskView task, Ticket ticket) {}
}
