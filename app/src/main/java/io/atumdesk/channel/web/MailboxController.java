package io.atumdesk.channel.web;

import io.atumdesk.channel.Mailbox;
import io.atumdesk.channel.MailboxAdministration;
import io.atumdesk.channel.MailboxAdministration.MailboxChange;
import io.atumdesk.channel.MailboxAdministration.MailboxView;
import io.atumdesk.channel.MailboxAdministration.NewMailbox;
import io.atumdesk.channel.SenderPolicy;
import io.atumdesk.connectors.MailboxProbe;
import io.atumdesk.core.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins add, list, change, disable and try the mailboxes their tenant's mail comes in through. */
@RestController
@RequestMapping("/api/v1/mail/mailboxes")
class MailboxController {

  private final MailboxAdministration mailboxes;

  MailboxController(MailboxAdministration mailboxes) {
    this.mailboxes = mailboxes;
  }

  @GetMapping
  List<MailboxView> list(Actor actor) {
    return mailboxes.list(actor);
  }

  @PostMapping
  ResponseEntity<MailboxView> add(Actor actor, @Valid @RequestBody MailboxForm form) {
    MailboxView added = mailboxes.add(actor, form.mailbox());
    return ResponseEntity.created(URI.create("/api/v1/mail/mailboxes/" + added.id())).body(added);
  }

  @PutMapping("/{id}")
  MailboxView change(Actor actor, @PathVariable long id, @Valid @RequestBody ChangeForm form) {
    return mailboxes.change(actor, id, form.change());
  }

  @PostMapping("/{id}/enable")
  MailboxView enable(Actor actor, @PathVariable long id) {
    return mailboxes.enable(actor, id, true);
  }

  @PostMapping("/{id}/disable")
  MailboxView disable(Actor actor, @PathVariable long id) {
    return mailboxes.enable(actor, id, false);
  }

  /** Signs in with the stored settings; the answer says what the server said. */
  @PostMapping("/{id}/test")
  MailboxProbe.Probe test(Actor actor, @PathVariable long id) {
    return mailboxes.test(actor, id);
  }

  record ChangeForm(
      @NotBlank @Size(max = 255) String host,
      @Min(1) @Max(65535) int port,
      @NotBlank String protocol,
      @NotBlank @Size(max = 320) String username,
      @Size(max = 500) String password,
      @Size(max = 255) String folder,
      SenderPolicy senderPolicy) {

    MailboxChange change() {
      return new MailboxChange(host, port, protocol, username, password, folder, senderPolicy);
    }
  }

  record MailboxForm(
      @NotBlank @Size(max = 100) String name,
      @NotBlank @Size(max = 255) String host,
      @Min(1) @Max(65535) int port,
      @NotBlank String protocol,
      @NotBlank @Size(max = 320) String username,
      @NotBlank @Size(max = 500) String password,
      @Size(max = 255) String folder,
      @Valid SmtpForm smtp) {

    NewMailbox mailbox() {
      return new NewMailbox(
          name,
          host,
          port,
          protocol,
          username,
          password,
          folder,
          smtp == null ? null : smtp.smtp());
    }
  }

  /** How the mailbox sends; blank username and password mean the IMAP sign-in. */
  record SmtpForm(
      @NotBlank @Size(max = 255) String host,
      @Min(1) @Max(65535) int port,
      @NotBlank String security,
      @Size(max = 320) String username,
      @Size(max = 500) String password,
      @Email @Size(max = 320) String fromAddress,
      @Size(max = 200) String fromName) {

    Mailbox.Smtp smtp() {
      return new Mailbox.Smtp(host, port, security, username, password, fromAddress, fromName);
    }
  }
}
