package io.atumdesk.cmdb.web;

import io.atumdesk.cmdb.AffectedServices;
import io.atumdesk.cmdb.CiKey;
import io.atumdesk.cmdb.LinkRole;
import io.atumdesk.cmdb.TicketItems;
import io.atumdesk.cmdb.TicketLinkView;
import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.ticket.TicketKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Items linked to incidents, problems and changes, seen from either side. */
@RestController
@Tag(name = "CMDB")
class CiTicketController {

  private static final String LINKS = CiController.CIS + "/{key}/tickets";

  private final TicketItems ticketItems;

  CiTicketController(TicketItems ticketItems) {
    this.ticketItems = ticketItems;
  }

  @GetMapping(LINKS)
  @Operation(summary = "The tickets the item is linked to, newest first")
  List<TicketLinkView> tickets(Actor actor, @PathVariable String key) {
    return ticketItems.ticketsOf(actor, new CiKey(key));
  }

  @PostMapping(LINKS)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Link the item to a ticket: {ticketKey: INC-000001, role: AFFECTED}")
  TicketLinkView link(Actor actor, @PathVariable String key, @RequestBody NewLink link) {
    if (link == null || link.ticketKey() == null) {
      throw new InvalidInputException("ticketKey", "must be a ticket key such as INC-000001");
    }
    return ticketItems.link(actor, new CiKey(key), new TicketKey(link.ticketKey()), link.role());
  }

  @DeleteMapping(LINKS + "/{ticketKey}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Unlink the item from a ticket (?role=AFFECTED by default)")
  void unlink(
      Actor actor,
      @PathVariable String key,
      @PathVariable String ticketKey,
      @RequestParam(defaultValue = "AFFECTED") LinkRole role) {
    ticketItems.unlink(actor, new CiKey(key), new TicketKey(ticketKey), role);
  }

  @GetMapping("/api/v1/tickets/{ticketKey}/affected-services")
  @Operation(summary = "The items linked to a ticket and the business services they hit")
  AffectedServices affected(Actor actor, @PathVariable String ticketKey) {
    return ticketItems.affectedBy(actor, new TicketKey(ticketKey));
  }

  /** A link of the item to {@code ticketKey} in {@code role}. */
  record NewLink(String ticketKey, LinkRole role) {}
}
