package io.atumdesk.channel.web;

import io.atumdesk.channel.Mailbox;
import io.atumdesk.channel.MailboxAdministration;
import io.atumdesk.channel.MailboxAdministration.MailboxChange;
import io.atumdesk.channel.MailboxAdministration.MailboxView;
import io.atumdesk.channel.MailboxAdministration.NewMailbox;
import io.atumdesk.channel.MailboxHealth;
import io.atumdesk.channel.SenderPolicy;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's mailboxes page: each with how it was last read and its last error, a form to add one,
 * an edit page (the password is write-only), enable or disable, and a connection test whose answer
 * htmx puts next to the mailbox.
 */
@Controller
@RequestMapping("/admin/mailboxes")
class MailboxPageController {

  private final MailboxAdministration mailboxes;
  private final MailboxHealth health;

  MailboxPageController(MailboxAdministration mailboxes, MailboxHealth health) {
    this.mailboxes = mailboxes;
    this.health = health;
  }

  @GetMapping
  String page(Actor actor, Model model) {
    List<Row> rows =
        mailboxes.list(actor).stream()
            .map(m -> new Row(m, health.of(actor.tenantId(), m.name())))
            .toList();
    model.addAttribute("rows", rows);
    return "admin-mailboxes";
  }

  @PostMapping
  String add(Actor actor, AddForm form, RedirectAttributes flash) {
    return outcome(flash, form.name(), () -> mailboxes.add(actor, form.mailbox()), "added");
  }

  @GetMapping("/{id}")
  String edit(Actor actor, @PathVariable long id, Model model) {
    model.addAttribute("mailbox", mailboxes.get(actor, id));
    model.addAttribute("policies", SenderPolicy.values());
    return "admin-mailbox";
  }

  @PostMapping("/{id}")
  String change(Actor actor, @PathVariable long id, ChangeForm form, RedirectAttributes flash) {
    String name = mailboxes.get(actor, id).name();
    return outcome(flash, name, () -> mailboxes.change(actor, id, form.change()), "changed");
  }

  @PostMapping("/{id}/enabled")
  String enable(
      Actor actor, @PathVariable long id, @RequestParam boolean enabled, RedirectAttributes flash) {
    MailboxView mailbox = mailboxes.enable(actor, id, enabled);
    flash.addFlashAttribute("flash", enabled ? "mailboxes.enabled" : "mailboxes.disabled");
    flash.addFlashAttribute("flashArg", mailbox.name());
    return "redirect:/admin/mailboxes";
  }

  /** htmx: signs in once and answers with the server's words, as a fragment. */
  @PostMapping("/{id}/test")
  String test(Actor actor, @PathVariable long id, Model model) {
    model.addAttribute("probe", mailboxes.test(actor, id));
    model.addAttribute("id", id);
    return "admin-mailboxes :: probe";
  }

  private static String outcome(
      RedirectAttributes flash, String name, Runnable action, String done) {
    flash.addFlashAttribute("flashArg", name);
    try {
      action.run();
      flash.addFlashAttribute("flash", "mailboxes." + done);
    } catch (InvalidInputException | ConflictException e) {
      flash.addFlashAttribute("flashError", "mailboxes.refused");
      flash.addFlashAttribute("flashDetail", e.getMessage());
    }
    return "redirect:/admin/mailboxes";
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** A mailbox and how it was last read. */
  record Row(MailboxView mailbox, MailboxHealth.Status status) {}

  record AddForm(
      String name,
      String host,
      Integer port,
      String protocol,
      String username,
      String password,
      String folder,
      String smtpHost,
      Integer smtpPort,
      String smtpSecurity,
      String smtpUsername,
      String smtpPassword,
      String fromAddress,
      String fromName) {

    NewMailbox mailbox() {
      if (blank(name) || blank(host) || port == null || blank(username) || blank(password)) {
        throw new InvalidInputException(
            "mailbox", "name, host, port, user name and password are required");
      }
      Mailbox.Smtp smtp =
          blank(smtpHost)
              ? null
              : new Mailbox.Smtp(
                  smtpHost.strip(),
                  smtpPort,
                  smtpSecurity,
                  smtpUsername,
                  smtpPassword,
                  fromAddress,
                  fromName);
      return new NewMailbox(
          name.strip(), host.strip(), port, protocol, username, password, folder, smtp);
    }
  }

  record ChangeForm(
      String host,
      Integer port,
      String protocol,
      String username,
      String password,
      String folder,
      SenderPolicy senderPolicy) {

    MailboxChange change() {
      if (blank(host) || port == null || blank(username)) {
        throw new InvalidInputException("mailbox", "host, port and user name are required");
      }
      return new MailboxChange(
          host.strip(), port, protocol, username, password, folder, senderPolicy);
    }
  }
}
