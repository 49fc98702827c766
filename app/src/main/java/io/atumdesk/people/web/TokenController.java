package io.atumdesk.people.web;

import io.atumdesk.core.Actor;
import io.atumdesk.people.ApiToken;
import io.atumdesk.people.ApiTokenService;
import io.atumdesk.people.ApiTokenService.IssuedToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account: who am I, and my personal API tokens. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me")
class TokenController {

  private final ApiTokenService tokens;

  TokenController(ApiTokenService tokens) {
    this.tokens = tokens;
  }

  @GetMapping
  @Operation(summary = "Who the caller is: username, tenant, roles and groups")
  MeView me(Actor actor) {
    return new MeView(actor.username(), actor.tenantId(), actor.roles(), actor.groups());
  }

  @PostMapping("/tokens")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Issue a personal API token; its text is shown only in this answer")
  IssuedToken issue(Actor actor, @Valid @RequestBody(required = false) TokenForm form) {
    TokenForm request = form == null ? new TokenForm(null, null) : form;
    Duration validFor = request.validDays() == null ? null : Duration.ofDays(request.validDays());
    String name = request.name() == null ? "API token" : request.name();
    return tokens.issue(actor, name, validFor);
  }

  @GetMapping("/tokens")
  @Operation(summary = "The caller's tokens, without their text")
  List<TokenView> list(Actor actor) {
    return tokens.list(actor).stream().map(TokenView::of).toList();
  }

  @DeleteMapping("/tokens/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Revoke a token; requests using it are refused from now on")
  void revoke(Actor actor, @PathVariable long id) {
    tokens.revoke(actor, id);
  }

  record MeView(
      String username,
      String tenantId,
      java.util.Set<io.atumdesk.core.Role> roles,
      java.util.Set<String> groups) {}

  record TokenForm(@Size(max = 100) String name, @Min(1) @Max(3650) Integer validDays) {}

  record TokenView(Long id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt) {
    static TokenView of(ApiToken token) {
      return new TokenView(
          token.id(), token.name(), token.createdAt(), token.expiresAt(), token.revokedAt());
    }
  }
}
