package io.atumdesk.chat.web;

import io.atumdesk.chat.AutoTicket;
import io.atumdesk.chat.WidgetAdministration;
import io.atumdesk.chat.WidgetSettings;
import io.atumdesk.chat.WidgetView;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The admin page of the web chat: the widgets with their embed code, a form to add one, an edit
 * page, and switching a widget off (its sites' chats are refused) or on. Problems show next to the
 * fields they concern.
 */
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
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", WidgetForm.EMPTY);
      model.addAttribute("errors", Map.of());
    }
    return "admin-chat";
  }

  @PostMapping
  String add(Actor actor, WidgetForm form, Model model, RedirectAttributes flash) {
    try {
      return done(flash, "admin.chat.added", widgets.create(actor, form.settings(true)));
    } catch (InvalidInputException e) {
      return again(actor, model, form, e.byField());
    } catch (ConflictException e) {
      return again(actor, model, form, Map.of("name", e.getMessage()));
    }
  }

  @GetMapping("/{id}")
  String edit(Actor actor, @PathVariable String id, Model model) {
    WidgetView widget = widgets.get(actor, id);
    return editPage(model, widget, WidgetForm.of(widget), Map.of());
  }

  @PostMapping("/{id}")
  String change(
      Actor actor,
      @PathVariable String id,
      WidgetForm form,
      Model model,
      RedirectAttributes flash) {
    WidgetView widget = widgets.get(actor, id);
    try {
      return done(
          flash, "admin.chat.changed", widgets.update(actor, id, form.settings(widget.enabled())));
    } catch (InvalidInputException e) {
      return editPage(model, widget, form, e.byField());
    }
  }

  @PostMapping("/{id}/enabled")
  String enable(
      Actor actor,
      @PathVariable String id,
      @RequestParam boolean enabled,
      RedirectAttributes flash) {
    WidgetView widget = widgets.get(actor, id);
    WidgetView changed = widgets.update(actor, id, WidgetForm.of(widget).settings(enabled));
    return done(flash, enabled ? "admin.chat.switchedOn" : "admin.chat.switchedOff", changed);
  }

  private String again(Actor actor, Model model, WidgetForm form, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return page(actor, model);
  }

  private static String editPage(
      Model model, WidgetView widget, WidgetForm form, Map<String, String> errors) {
    model.addAttribute("widget", widget);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("rules", AutoTicket.values());
    return "admin-chat-widget";
  }

  private static String done(RedirectAttributes flash, String message, WidgetView widget) {
    flash.addFlashAttribute("notice", message);
    flash.addFlashAttribute("noticeArg", widget.name());
    return "redirect:/admin/chat";
  }

  /** The page's form: origins one per line. */
  record WidgetForm(
      String name,
      String origins,
      String greeting,
      AutoTicket autoTicket,
      Integer autoTicketMinutes) {

    static final WidgetForm EMPTY = new WidgetForm("", "", "", AutoTicket.NONE, 5);

    static WidgetForm of(WidgetView widget) {
      return new WidgetForm(
          widget.name(),
          String.join("\n", widget.allowedOrigins()),
          widget.greeting(),
          widget.autoTicket(),
          widget.autoTicketMinutes());
    }

    WidgetSettings settings(boolean enabled) {
      List<String> list =
          origins == null
              ? List.of()
              : Arrays.stream(origins.split("\\s+")).filter(o -> !o.isBlank()).toList();
      String hello = greeting == null || greeting.isBlank() ? null : greeting;
      return new WidgetSettings(name, list, hello, autoTicket, autoTicketMinutes, enabled);
    }
  }
}
