package io.atumdesk.chat.web;

import io.atumdesk.chat.AutoTicket;
import io.atumdesk.chat.WidgetAdministration;
import io.atumdesk.chat.WidgetSettings;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The admin page of the web chat: the widgets with their embed code, and a form to add one. */
@Controller
@RequestMapping("/admin/chat")
class WidgetAdminPageController {

  private final WidgetAdministration widgets;

  WidgetAdminPageController(WidgetAdministration widgets) {
    this.widgets = widgets;
  }

  @GetMapping
  String page(Actor actor, Model model) {
    model.addAttribute("widgets", widgets.list(actor));
    model.addAttribute("rules", AutoTicket.values());
    model.addAttribute(
        "origin", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
    return "admin-chat";
  }

  @PostMapping
  String add(Actor actor, WidgetForm form, Model model) {
    try {
      widgets.create(actor, form.settings());
    } catch (InvalidInputException | ConflictException e) {
      model.addAttribute("error", e.getMessage());
      return page(actor, model);
    }
    return "redirect:/admin/chat";
  }

  /** The page's form: origins one per line. */
  record WidgetForm(
      String name,
      String origins,
      String greeting,
      AutoTicket autoTicket,
      Integer autoTicketMinutes) {

    WidgetSettings settings() {
      var list =
          origins == null
              ? java.util.List.<String>of()
              : Arrays.stream(origins.split("\\s+")).filter(o -> !o.isBlank()).toList();
      String hello = greeting == null || greeting.isBlank() ? null : greeting;
      return new WidgetSettings(name, list, hello, autoTicket, autoTicketMinutes, true);
    }
  }
}
