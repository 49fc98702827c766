package io.atumdesk.workspace.web;

import io.atumdesk.attachment.Attachments;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.macro.Macros;
import io.atumdesk.ticket.LinkedTickets;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketField;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TimelineEntry;
import io.atumdesk.workflow.TaskInbox;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What an agent does on the ticket page: reply or note (with files), claim, assign, link, and fill
 * the reply box from a template. Each action redirects back to the page (post, redirect, get).
 */
@Controller
@RequestMapping("/tickets/{key}")
class TicketActionsController {

  private final TicketManagement tickets;
  private final TaskInbox tasks;
  private final Attachments attachments;
  private final LinkedTickets links;
  private final Macros macros;

  TicketActionsController(
      TicketManagement tickets,
      TaskInbox tasks,
      Attachments attachments,
      LinkedTickets links,
      Macros macros) {
    this.tickets = tickets;
    this.tasks = tasks;
    this.attachments = attachments;
    this.links = links;
    this.macros = macros;
  }

  @PostMapping("/comments")
  String comment(
      @PathVariable TicketKey key,
      Actor actor,
      CommentForm form,
      @RequestParam(name = "files", required = false) List<MultipartFile> files,
      RedirectAttributes flash)
      throws IOException {
    TimelineEntry entry;
    try {
      entry = tickets.comment(actor, key, form.body(), form.internal());
    } catch (InvalidInputException e) {
      flash.addFlashAttribute("flashError", "ticket.commentEmpty");
      return back(key);
    }
    for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
      if (file.isEmpty()) {
        continue;
      }
      try (InputStream content = file.getInputStream()) {
        attachments.store(
            actor, key, entry.id(), file.getOriginalFilename(), content, file.getSize());
      }
    }
    flash.addFlashAttribute("flash", form.internal() ? "ticket.noteAdded" : "ticket.replySent");
    return back(key);
  }

  @PostMapping("/tasks/{taskId}/claim")
  String claim(@PathVariable TicketKey key, @PathVariable String taskId, Actor actor) {
    tickets.get(actor, key);
    tasks.claim(actor, taskId);
    return back(key);
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
    return back(key);
  }

  @PostMapping("/assignment")
  String reassign(
      @PathVariable TicketKey key, Actor actor, AssignmentForm form, RedirectAttributes flash) {
    Map<TicketField, Object> changes = new HashMap<>();
    changes.put(TicketField.ASSIGNMENT_GROUP, form.assignmentGroup());
    changes.put(
        TicketField.ASSIGNEE,
        form.assignee() == null || form.assignee().isBlank() ? null : form.assignee());
    try {
      tickets.update(actor, key, form.version(), changes);
      flash.addFlashAttribute("flash", "ticket.reassigned");
    } catch (InvalidInputException | ConflictException e) {
      flash.addFlashAttribute("flashError", "ticket.reassignRefused");
      flash.addFlashAttribute("flashDetail", e.getMessage());
    }
    return back(key);
  }

  @PostMapping("/links")
  String link(@PathVariable TicketKey key, Actor actor, LinkForm form, RedirectAttributes flash) {
    try {
      links.link(actor, key, form.kind(), new TicketKey(form.otherKey().strip().toUpperCase()));
      flash.addFlashAttribute("flash", "ticket.linked");
    } catch (InvalidInputException | ConflictException | NotFoundException e) {
      flash.addFlashAttribute("flashError", "ticket.linkRefused");
      flash.addFlashAttribute("flashDetail", e.getMessage());
    }
    return back(key);
  }

  @PostMapping("/links/{otherKey}/remove")
  String unlink(@PathVariable TicketKey key, @PathVariable TicketKey otherKey, Actor actor) {
    links.unlink(actor, key, otherKey);
    return back(key);
  }

  /** Fills the reply box with a template rendered for this ticket (an htmx swap of the box). */
  @PostMapping("/reply-templates")
  String renderTemplate(
      @PathVariable TicketKey key, @RequestParam long template, Actor actor, Model model) {
    model.addAttribute("ticket", tickets.get(actor, key));
    model.addAttribute("draft", macros.render(actor, key, template).body());
    return "ticket :: reply-box";
  }

  private static String back(TicketKey key) {
    return "redirect:/tickets/" + key.value();
  }
}
