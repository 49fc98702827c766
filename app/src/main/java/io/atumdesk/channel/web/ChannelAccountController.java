package io.atumdesk.channel.web;

import io.atumdesk.channel.ChannelAccountAdministration;
import io.atumdesk.channel.ChannelAccountAdministration.AccountView;
import io.atumdesk.channel.ChannelMessage;
import io.atumdesk.channel.MessagingRejections;
import io.atumdesk.core.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins manage their tenant's SMS, Slack, Teams and Telegram accounts; secrets are write-only. */
@RestController
@RequestMapping("/api/v1/channels")
@Tag(name = "Messaging channels")
class ChannelAccountController {

  private final ChannelAccountAdministration accounts;
  private final MessagingRejections rejections;

  ChannelAccountController(ChannelAccountAdministration accounts, MessagingRejections rejections) {
    this.accounts = accounts;
    this.rejections = rejections;
  }

  @GetMapping("/accounts")
  @Operation(summary = "The tenant's messaging accounts, without their secrets (admins)")
  List<AccountView> list(Actor actor) {
    return accounts.list(actor);
  }

  @PostMapping("/accounts")
  @Operation(summary = "Adds an account; the answer's hookPath is the URL to give the provider")
  ResponseEntity<AccountView> add(Actor actor, @Valid @RequestBody AccountForm form) {
    AccountView added = accounts.add(actor, form.channel(), form.name(), form.settings());
    return ResponseEntity.created(URI.create("/api/v1/channels/accounts/" + added.id()))
        .body(added);
  }

  @GetMapping("/accounts/{id}")
  @Operation(summary = "One account, without its secrets (admins)")
  AccountView get(Actor actor, @PathVariable Long id) {
    return accounts.get(actor, id);
  }

  @PutMapping("/accounts/{id}/settings")
  @Operation(summary = "New settings; a secret left out or blank keeps the stored one (admins)")
  AccountView change(
      Actor actor,
      @PathVariable Long id,
      @RequestBody @NotNull Map<@Size(max = 50) String, @Size(max = 1000) String> settings) {
    return accounts.change(actor, id, settings);
  }

  @PutMapping("/accounts/{id}/enabled")
  @Operation(summary = "Switches an account on or off (admins)")
  AccountView enable(Actor actor, @PathVariable Long id, @Valid @RequestBody EnabledForm form) {
    return accounts.enable(actor, id, form.enabled());
  }

  @GetMapping("/rejected")
  @Operation(summary = "The latest 100 messaging payloads that could not be handled (admins)")
  List<RejectedView> rejected(Actor actor) {
    return rejections.latest(actor).stream().map(RejectedView::of).toList();
  }

  record AccountForm(
      @NotBlank @Pattern(regexp = "sms|slack|teams|telegram") String channel,
      @NotBlank @Size(max = 100) String name,
      @NotNull Map<@Size(max = 50) String, @Size(max = 1000) String> settings) {}

  record EnabledForm(boolean enabled) {}

  record RejectedView(
      String channel, String account, String reason, String payload, Instant receivedAt) {
    static RejectedView of(ChannelMessage message) {
      return new RejectedView(
          message.channel(),
          message.account(),
          message.reason(),
          message.rawSource(),
          message.receivedAt());
    }
  }
}
