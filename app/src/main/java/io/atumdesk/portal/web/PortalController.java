package io.atumdesk.portal.web;

import io.atumdesk.core.Actor;
import io.atumdesk.ticket.RaiseTicket;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketFilter;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketType;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The portal's start: the customer's own tickets, newest activity first, and raising one. */
@Controller
@RequestMapping("/portal")
class PortalController {

  static final int PAGE_SIZE = 20;
  private final TicketManagement tickets;
  private final PortalUploads uploads;

  PortalController(TicketManagement tickets, PortalUploads uploads) {
    this.tickets = tickets;
    this.uploads = uploads;
  }

  /** One page of the customer's tickets: one query for the rows, one for the count. */
  @ModelAttribute("maxUpload")
  String maxUpload() {
    return uploads.limit();
  }

  @GetMapping
  String list(@RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
    Page<Ticket> found =
        tickets.search(
            actor,
            new TicketFilter(null, null, null, null, null, actor.username(), null),
            PageRequest.of(
                Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "updatedAt")));
    model.addAttribute("tickets", found);
    return "portal-list";
  }

  @GetMapping("/tickets/new")
  String raiseForm(Model model) {
    return raisePage(model, RaiseForm.empty(), Map.of());
  }

  @PostMapping(value = "/tickets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ModelAndView raise(
      Actor actor,
      RaiseForm form,
      @RequestParam(name = "files", required = false) List<MultipartFile> files,
      Model model,
      RedirectAttributes flash) {
    var problems = form.problems();
    if (!problems.isEmpty()) {
      ModelAndView again = new ModelAndView(raisePage(model, form, problems), model.asMap());
      again.setStatus(HttpStatus.BAD_REQUEST);
      return again;
    }
    Ticket ticket =
        tickets.raise(
            actor,
            new RaiseTicket(
                TicketType.INCIDENT,
                form.subject().strip(),
                form.description() == null ? null : form.description().strip(),
                null,
                null,
                form.category(),
                null));
    flash.addFlashAttribute("flash", "portal.raised");
    flash.addFlashAttribute("refused", uploads.attach(actor, ticket.key(), null, files));
    return new ModelAndView("redirect:/portal/tickets/" + ticket.key().value());
  }

  private static String raisePage(Model model, RaiseForm form, Map<String, String> problems) {
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute("categories", RaiseForm.CATEGORIES);
    return "portal-raise";
  }
}
