package io.atumdesk.workspace.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.form.FormSchemas;
import io.atumdesk.people.PeopleDirectory;
import io.atumdesk.sla.SlaClocks;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketField;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.workflow.ProcessDiagrams;
import io.atumdesk.workflow.TaskInbox;
import io.atumdesk.workflow.TaskView;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agent's ticket page: header, conversation, the open step with its form, and assignment. */
@Controller
@RequestMapping("/tickets/{key}")
class TicketPageController {

  private final TicketManagement tickets;
  private final TaskInbox tasks;
  private final FormSchemas forms;
  private final SlaClocks clocks;
  private final PeopleDirectory people;
  private final ProcessDiagrams diagrams;
  private final Clock clock;

  TicketPageController(
      TicketManagement tickets,
      TaskInbox tasks,
      FormSchemas forms,
      SlaClocks clocks,
      PeopleDirectory people,
      ProcessDiagrams diagrams,
      Clock clock) {
    this.tickets = tickets;
    this.tasks = tasks;
    this.forms = forms;
    this.clocks = clocks;
    this.people = people;
    this.diagrams = diagrams;
    this.clock = clock;
  }

  @GetMapping
  String page(@PathVariable TicketKey key, Actor actor, Model model) {
    Ticket ticket = tickets.get(actor, key);
    model.addAttribute("ticket", ticket);
    model.addAttribute("timeline", tickets.timeline(actor, key));
    model.addAttribute("clocks", clocks.clocksOf(ticket.id()));
    model.addAttribute("steps", steps(actor, ticket));
    model.addAttribute("groups", people.groupKeys(actor.tenantId()));
    model.addAttribute("staff", people.staff(actor.tenantId()));
    model.addAttribute("openedAt", clock.instant());
    return "ticket";
  }

  @GetMapping("/timeline")
  String timeline(@PathVariable TicketKey key, Actor actor, Model model) {
    model.addAttribute("ticket", tickets.get(actor, key));
    model.addAttribute("timeline", tickets.timeline(actor, key));
    return "ticket :: timeline";
  }

  @GetMapping(value = "/diagram", produces = MediaType.APPLICATION_XML_VALUE)
  @ResponseBody
  String diagram(@PathVariable TicketKey key, Actor actor) {
    return diagrams.of(actor, tickets.get(actor, key).processInstanceId()).bpmnXml();
  }

  @PostMapping("/comments")
  String comment(
      @PathVariable TicketKey key, Actor actor, CommentForm form, RedirectAttributes flash) {
    try {
      tickets.comment(actor, key, form.body(), form.internal());
      flash.addFlashAttribute("flash", form.internal() ? "ticket.noteAdded" : "ticket.replySent");
    } catch (InvalidInputException e) {
      flash.addFlashAttribute("flashError", "ticket.commentEmpty");
    }
    return "redirect:/tickets/" + key.value();
  }

  @PostMapping("/tasks/{taskId}/claim")
  String claim(@PathVariable TicketKey key, @PathVariable String taskId, Actor actor) {
    tickets.get(actor, key);
    tasks.claim(actor, taskId);
    return "redirect:/tickets/" + key.value();
  }

  /** Assign to me: claim the open group step if there is one, else take the ticket itself. */
  @PostMapping("/assign-me")
  String assignToMe(@PathVariable TicketKey key, Actor actor) {
    Ticket ticket = tickets.get(actor, key);
    var claimable =
        tasks.ofProcess(actor, ticket.processInstanceId()).stream()
            .filter(task -> task.assignee() == null && tasks.mayWorkOn(actor, task))
            .findFirst();
    if (claimable.isPresent()) {
      tasks.claim(actor, claimable.get().id());
    } else {
      tickets.update(actor, key, ticket.version(), Map.of(TicketField.ASSIGNEE, actor.username()));
    }
    return "redirect:/tickets/" + key.value();
  }

  @PostMapping("/assignment")
  String reassign(
      @PathVariable TicketKey key, Actor actor, AssignmentForm form, RedirectAttributes flash) {
    Map<TicketField, Object> changes = new HashMap<>();
    changes.put(TicketField.ASSIGNMENT_GROUP, form.assignmentGroup());
    changes.put(TicketField.ASSIGNEE, blankToNull(form.assignee()));
    try {
      tickets.update(actor, key, form.version(), changes);
      flash.addFlashAttribute("flash", "ticket.reassigned");
    } catch (InvalidInputException e) {
      flash.addFlashAttribute("flashError", "ticket.reassignRefused");
      flash.addFlashAttribute("flashDetail", e.getMessage());
    }
    return "redirect:/tickets/" + key.value();
  }

  private java.util.List<Step> steps(Actor actor, Ticket ticket) {
    return tasks.ofProcess(actor, ticket.processInstanceId()).stream()
        .map(task -> new Step(task, tasks.mayWorkOn(actor, task), forms.schemaJson(task.formKey())))
        .toList();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** An open step as the page shows it: who may act, and its form when it has one. */
  record Step(TaskView task, boolean workable, java.util.Optional<String> schema) {

    /** The schema for a JSON script block; "</" is escaped so it can never close the block. */
    public String schemaJson() {
      return schema.map(json -> json.replace("</", "<\\/")).orElse(null);
    }
  }
}
