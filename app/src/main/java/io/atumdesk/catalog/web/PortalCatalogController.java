package io.atumdesk.catalog.web;

import io.atumdesk.catalog.Catalog;
import io.atumdesk.catalog.CatalogProperties;
import io.atumdesk.catalog.ItemView;
import io.atumdesk.catalog.ServiceOrders;
import io.atumdesk.core.Actor;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.form.FormSchemas;
import io.atumdesk.ticket.TicketKey;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalog in the portal: browse by category and search (the list is an htmx fragment of the
 * same page), collect items in a cart, fill each item's form and order them as one request, then
 * follow the request's progress item by item.
 */
@Controller
class PortalCatalogController {

  private final Catalog catalog;
  private final ServiceOrders orders;
  private final FormSchemas forms;
  private final CatalogProperties properties;

  PortalCatalogController(
      Catalog catalog, ServiceOrders orders, FormSchemas forms, CatalogProperties properties) {
    this.catalog = catalog;
    this.orders = orders;
    this.forms = forms;
    this.properties = properties;
  }

  @GetMapping("/portal/catalog")
  String browse(
      Actor actor,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String q,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      HttpSession session,
      Model model) {
    model.addAttribute("items", catalog.offered(actor, category, q));
    model.addAttribute("categories", catalog.categories(actor));
    model.addAttribute("category", category);
    model.addAttribute("q", q);
    model.addAttribute("cartSize", Cart.size(session));
    return htmx != null ? "catalog :: items" : "catalog";
  }

  @PostMapping("/portal/catalog/cart")
  String add(Actor actor, @RequestParam Long item, HttpSession session, RedirectAttributes flash) {
    ItemView offered = catalog.item(actor, item);
    boolean added = Cart.of(session).add(offered.id(), properties.maxItems());
    flash.addFlashAttribute(
        added ? "flash" : "flashError", added ? "catalog.added" : "catalog.full");
    flash.addFlashAttribute("addedName", offered.name());
    return "redirect:/portal/catalog";
  }

  @PostMapping("/portal/catalog/cart/remove")
  String remove(@RequestParam int position, HttpSession session) {
    Cart.of(session).remove(position);
    return "redirect:/portal/catalog/cart";
  }

  @GetMapping("/portal/catalog/cart")
  String cart(Actor actor, HttpSession session, Model model) {
    List<CartLine> lines = new ArrayList<>();
    List<Long> items = Cart.of(session).items();
    for (int position = 0; position < items.size(); position++) {
      try {
        ItemView item = catalog.item(actor, items.get(position));
        lines.add(new CartLine(position, item, forms.schemaJson(item.formKey()).orElse("{}")));
      } catch (NotFoundException retired) {
        // Taken out of the catalog since: the order page leaves it out.
      }
    }
    model.addAttribute("lines", lines);
    return "catalog-cart";
  }

  @GetMapping("/portal/requests/{key}")
  String request(Actor actor, @PathVariable String key, Model model) {
    model.addAttribute("order", orders.get(actor, new TicketKey(key)));
    return "catalog-request";
  }

  /** One item in the cart with the form-js schema the page renders for it. */
  record CartLine(int position, ItemView item, String schema) {}
}
