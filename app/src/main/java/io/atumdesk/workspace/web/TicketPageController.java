package io.atumdesk.workspace.web;

import io.atumdesk.attachment.AttachmentView;
import io.atumdesk.attachment.Attachments;
import io.atumdesk.core.Actor;
import io.atumdesk.macro.Macros;
import io.atumdesk.people.PeopleDirectory;
import io.atumdesk.sla.SlaClocks;
import io.atumdesk.ticket.LinkKind;
import io.atumdesk.ticket.LinkedTickets;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.workflow.ProcessDiagrams;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The agent's ticket page: header, conversation, open steps, assignment, links and process. */
@Controller
@RequestMapping("/tickets/{key}")
class TicketPageController {

  private final TicketManagement tickets;
  private final TicketSteps steps;
  private final SlaClocks clocks;
  private final PeopleDirectory people;
  private final Attachments attachments;
  private final LinkedTickets links;
  private final Macros macros;
  private final ProcessDiagrams diagrams;
  private final Clock clock;

  TicketPageController(
      TicketManagement tickets,
      TicketSteps steps,
      SlaClocks clocks,
      PeopleDirectory people,
      Attachments attachments,
      LinkedTickets links,
      Macros macros,
      ProcessDiagrams diagrams,
      Clock clock) {
    this.tickets = tickets;
    this.steps = steps;
    this.clocks = clocks;
    this.people = people;
    this.attachments = attachments;
    this.links = links;
    this.macros = macros;
    this.diagrams = diagrams;
    this.clock = clock;
  }

  @GetMapping
  String page(@PathVariable TicketKey key, Actor actor, Model model) {
    Ticket ticket = conversation(key, actor, model);
    model.addAttribute("clocks", clocks.clocksOf(ticket.id()));
    model.addAttribute("steps", steps.of(actor, ticket));
    model.addAttribute("groups", people.groupKeys(actor.tenantId()));
    model.addAttribute("staff", people.staff(actor.tenantId()));
    model.addAttribute("links", links.links(actor, key));
    model.addAttribute("linkKinds", LinkKind.values());
    model.addAttribute("templates", macros.list(actor, null));
    model.addAttribute("openedAt", clock.instant());
    return "ticket";
  }

  @GetMapping("/timeline")
  String timeline(@PathVariable TicketKey key, Actor actor, Model model) {
    conversation(key, actor, model);
    return "ticket :: timeline";
  }

  @GetMapping(value = "/diagram", produces = MediaType.APPLICATION_XML_VALUE)
  @ResponseBody
  String diagram(@PathVariable TicketKey key, Actor actor) {
    return diagrams.of(actor, tickets.get(actor, key).processInstanceId()).bpmnXml();
  }

  private Ticket conversation(TicketKey key, Actor actor, Model model) {
    Ticket ticket = tickets.get(actor, key);
    model.addAttribute("ticket", ticket);
    model.addAttribute("timeline", tickets.timeline(actor, key));
    List<AttachmentView> files = attachments.list(actor, key);
    model.addAttribute(
        "entryFiles",
        files.stream()
            .filter(file -> file.entryId() != null)
            .collect(Collectors.groupingBy(AttachmentView::entryId)));
    model.addAttribute(
        "ticketFiles", files.stream().filter(file -> file.entryId() == null).toList());
    return ticket;
  }
}
