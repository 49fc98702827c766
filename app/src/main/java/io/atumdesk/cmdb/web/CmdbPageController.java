package io.atumdesk.cmdb.web;

import io.atumdesk.cmdb.CiFilter;
import io.atumdesk.cmdb.CiKey;
import io.atumdesk.cmdb.CiRelationships;
import io.atumdesk.cmdb.CiState;
import io.atumdesk.cmdb.CiTypes;
import io.atumdesk.cmdb.Cmdb;
import io.atumdesk.cmdb.ConfigurationItem;
import io.atumdesk.cmdb.Impact;
import io.atumdesk.cmdb.Impacts;
import io.atumdesk.cmdb.RelationKind;
import io.atumdesk.cmdb.RelationView;
import io.atumdesk.cmdb.TicketItems;
import io.atumdesk.core.Actor;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The agents' CMDB pages: the list with filters, and an item with its relations drawn with the
 * paths of its impact; admins see their controls on the same pages.
 */
@Controller
@RequestMapping("/cmdb")
class CmdbPageController {

  static final int PAGE_SIZE = 50;

  private final Cmdb cmdb;
  private final CiTypes types;
  private final CiRelationships relationships;
  private final Impacts impacts;
  private final TicketItems tickets;

  CmdbPageController(
      Cmdb cmdb,
      CiTypes types,
      CiRelationships relationships,
      Impacts impacts,
      TicketItems tickets) {
    this.cmdb = cmdb;
    this.types = types;
    this.relationships = relationships;
    this.impacts = impacts;
    this.tickets = tickets;
  }

  @GetMapping
  String list(Actor actor, CmdbFilterForm form, Model model) {
    rows(actor, form, model);
    model.addAttribute("types", types.list(actor));
    model.addAttribute("states", CiState.values());
    model.addAttribute("canChange", cmdb.mayChange(actor));
    return "cmdb";
  }

  @GetMapping("/rows")
  String rows(Actor actor, CmdbFilterForm form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute(
        "items",
        cmdb.list(
            actor,
            new CiFilter(form.type(), form.state(), form.text()),
            form.pageOrFirst(),
            PAGE_SIZE));
    return "cmdb :: results";
  }

  @GetMapping("/{key}")
  String item(@PathVariable String key, Actor actor, Model model) {
    CiKey ciKey = new CiKey(key);
    ConfigurationItem item = cmdb.get(actor, ciKey);
    List<RelationView> relations = relationships.relationsOf(actor, ciKey);
    model.addAttribute("item", item);
    model.addAttribute("type", types.get(actor, item.typeKey()));
    model.addAttribute("relations", relations);
    Impact impact = impacts.impact(actor, ciKey);
    model.addAttribute("graph", Neighbourhood.of(impact, relations));
    model.addAttribute("impact", impact);
    model.addAttribute("tickets", tickets.ticketsOf(actor, ciKey));
    model.addAttribute("canChange", cmdb.mayChange(actor));
    model.addAttribute("kinds", RelationKind.values());
    return "cmdb-item";
  }

  /** The list's filters as the form sends them; empty fields do not filter. */
  record CmdbFilterForm(String type, CiState state, String text, Integer page) {
    int pageOrFirst() {
      return page == null || page < 0 ? 0 : page;
    }
  }
}
