package io.atumdesk.channel.web;

import io.atumdesk.channel.ChannelAccountAdministration;
import io.atumdesk.channel.ChannelAccountAdministration.AccountView;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins add, change and switch messaging accounts on their page. Secrets are write-only: never
 * shown, never refilled, and a blank one on change keeps what is stored.
 */
@Controller
@RequestMapping("/admin/channels")
class ChannelAccountPageController {

  private final ChannelAccountAdministration accounts;
  private final ChannelsPage page;

  ChannelAccountPageController(ChannelAccountAdministration accounts, ChannelsPage page) {
    this.accounts = accounts;
    this.page = page;
  }

  @PostMapping
  String add(
      Actor actor,
      @RequestParam String channel,
      @RequestParam(required = false) String name,
      @RequestParam Map<String, String> params,
      Model model,
      RedirectAttributes flash) {
    Map<String, String> settings = settings(channel, params);
    try {
      AccountView added = accounts.add(actor, channel, name, settings);
      return done(flash, "channels.added", added);
    } catch (InvalidInputException | ConflictException e) {
      Map<String, String> typed = new LinkedHashMap<>(settings);
      typed.keySet().removeIf(setting -> ChannelAccountAdministration.isSecret(channel, setting));
      typed.put("name", name);
      model.addAttribute("typed", typed);
      model.addAttribute("errors", problems(e));
      model.addAttribute("failedChannel", channel);
      return page.render(actor, model);
    }
  }

  @GetMapping("/{id}")
  String edit(Actor actor, @PathVariable Long id, Model model) {
    return editPage(model, accounts.get(actor, id), Map.of());
  }

  @PostMapping("/{id}")
  String change(
      Actor actor,
      @PathVariable Long id,
      @RequestParam Map<String, String> params,
      Model model,
      RedirectAttributes flash) {
    AccountView account = accounts.get(actor, id);
    try {
      return done(
          flash,
          "channels.changed",
          accounts.change(actor, id, settings(account.channel(), params)));
    } catch (InvalidInputException e) {
      return editPage(model, account, e.byField());
    }
  }

  @PostMapping("/{id}/enabled")
  String enable(
      Actor actor, @PathVariable Long id, @RequestParam boolean enabled, RedirectAttributes flash) {
    AccountView account = accounts.enable(actor, id, enabled);
    return done(flash, enabled ? "channels.switchedOn" : "channels.switchedOff", account);
  }

  private static String editPage(Model model, AccountView account, Map<String, String> errors) {
    model.addAttribute("account", account);
    model.addAttribute("settings", ChannelsPage.settingsOf(account.channel()));
    model.addAttribute("errors", errors);
    return "admin-channel";
  }

  /** Only the channel's own settings are read; any other parameter is ignored. */
  private static Map<String, String> settings(String channel, Map<String, String> params) {
    Map<String, String> settings = new LinkedHashMap<>();
    for (String name : ChannelAccountAdministration.settingsOf(channel)) {
      String value = params.get(name);
      if (value != null && !value.isBlank()) {
        settings.put(name, value.strip());
      }
    }
    return settings;
  }

  private static Map<String, String> problems(RuntimeException e) {
    return e instanceof InvalidInputException invalid
        ? invalid.byField()
        : Map.of("name", e.getMessage());
  }

  private static String done(RedirectAttributes flash, String message, AccountView account) {
    flash.addFlashAttribute("notice", message);
    flash.addFlashAttribute("noticeName", account.name());
    flash.addFlashAttribute("noticePath", account.hookPath());
    return "redirect:/admin/channels";
  }
}
