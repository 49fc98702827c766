package io.atumdesk.portal.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.portal.CustomerConversation;
import io.atumdesk.ticket.CustomerSatisfaction;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.workflow.TaskInbox;
import io.atumdesk.workflow.TaskView;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A customer's ticket: its public conversation, replying with files, answering a resolution (the
 * incident process's confirmResolution step, assigned to the requester) and rating it.
 */
@Controller
@RequestMapping("/portal/tickets/{key}")
class PortalTicketController {

  static final String CONFIRM_FORM = "confirm-resolution";
  private final TicketManagement tickets;
  private final CustomerConversation conversation;
  private final TaskInbox tasks;
  private final CustomerSatisfaction satisfaction;
  private final PortalUploads uploads;

  PortalTicketController(
      TicketManagement tickets,
      CustomerConversation conversation,
      TaskInbox tasks,
      CustomerSatisfaction satisfaction,
      PortalUploads uploads) {
    this.tickets = tickets;
    this.conversation = conversation;
    this.tasks = tasks;
    this.satisfaction = satisfaction;
    this.uploads = uploads;
  }

  @ModelAttribute("maxUpload")
  String maxUpload() {
    return uploads.limit();
  }

  @GetMapping
  String page(@PathVariable TicketKey key, Actor actor, Model model) {
    Ticket ticket = tickets.get(actor, key);
    model.addAttribute("ticket", ticket);
    model.addAttribute("lines", conversation.of(actor, key));
    model.addAttribute("confirming", confirmation(actor, key).isPresent());
    model.addAttribute(
        "rateable",
        ticket.status() == TicketStatus.RESOLVED || ticket.status() == TicketStatus.CLOSED);
    model.addAttribute("rating", satisfaction.rating(actor, key).orElse(null));
    return "portal-ticket";
  }

  @GetMapping("/timeline")
  String timeline(@PathVariable TicketKey key, Actor actor, Model model) {
    model.addAttribute("ticket", tickets.get(actor, key));
    model.addAttribute("lines", conversation.of(actor, key));
    return "portal-ticket :: timeline";
  }

  @PostMapping(value = "/replies", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String reply(
      @PathVariable TicketKey key,
      Actor actor,
      ReplyForm form,
      @RequestParam(name = "files", required = false) List<MultipartFile> files,
      RedirectAttributes flash) {
    if (!form.hasText() && !PortalUploads.chosen(files)) {
      flash.addFlashAttribute("flashError", "portal.reply.empty");
      return back(key);
    }
    Long entryId = form.hasText() ? tickets.comment(actor, key, form.body(), false).id() : null;
    flash.addFlashAttribute("flash", "portal.reply.sent");
    flash.addFlashAttribute("refused", uploads.attach(actor, key, entryId, files));
    return back(key);
  }

  @PostMapping("/confirmation")
  String confirm(
      @PathVariable TicketKey key, Actor actor, ConfirmationForm form, RedirectAttributes flash) {
    TaskView task =
        confirmation(actor, key)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "Ticket " + key + " is not waiting for your confirmation any more."));
    try {
      tasks.complete(actor, task.id(), form.data());
      flash.addFlashAttribute(
          "flash", "accepted".equals(form.confirmation()) ? "portal.accepted" : "portal.rejected");
    } catch (InvalidInputException e) {
      flash.addFlashAttribute("flashError", "portal.confirm.invalid");
    }
    return back(key);
  }

  @PostMapping("/rating")
  String rate(@PathVariable TicketKey key, Actor actor, RatingForm form, RedirectAttributes flash) {
    if (form.score() == null) {
      flash.addFlashAttribute("flashError", "portal.rating.missing");
      return back(key);
    }
    try {
      satisfaction.rate(actor, key, form.score(), form.comment());
      flash.addFlashAttribute("flash", "portal.rating.thanks");
    } catch (InvalidInputException e) {
      flash.addFlashAttribute("flashError", "portal.rating.invalid");
    }
    return back(key);
  }

  /** The requester's open confirmation step on this ticket, if the process waits for it. */
  private Optional<TaskView> confirmation(Actor actor, TicketKey key) {
    return tasks.open(actor).stream()
        .filter(task -> key.value().equals(task.ticketKey()))
        .filter(task -> CONFIRM_FORM.equals(task.formKey()))
        .findFirst();
  }

  private static String back(TicketKey key) {
    return "redirect:/portal/tickets/" + key.value();
  }
}
