package io.atumdesk.alert;

import io.atumdesk.channel.ChannelSecrets;
import io.atumdesk.connectors.alert.AlertFormat;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.PathKeys;
import io.atumdesk.core.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins add, change, switch off and re-key their tenant's alert sources. A key becomes the URL, so
 * it is unique across tenants and never changes; the secret is made here, shown once (on adding and
 * on re-keying) and kept sealed.
 */
@Service
@Transactional
public class AlertSourceAdministration {

  /** What a source is; {@code key} is read only when adding one. */
  public record SourceForm(
      String key, String type, String category, Boolean resolveOnRecovery, Boolean enabled) {}

  /** A source as admins see it; {@code secret} only in the answer that made it. */
  public record SourceView(
      Long id,
      String key,
      String type,
      String url,
      String category,
      Boolean resolveOnRecovery,
      boolean enabled,
      Instant createdAt,
      String secret) {

    static SourceView of(AlertSource source, String secret) {
      return new SourceView(
          source.id(),
          source.key(),
          source.format().name().toLowerCase(Locale.ROOT),
          "/api/v1/hooks/alerts/" + source.key(),
          source.category(),
          source.resolveOnRecovery(),
          source.enabled(),
          source.createdAt(),
          secret);
    }
  }

  private final AlertSources sources;
  private final AlertSourceDirectory directory;
  private final ChannelSecrets secrets;
  private final Clock clock;

  AlertSourceAdministration(
      AlertSources sources, AlertSourceDirectory directory, ChannelSecrets secrets, Clock clock) {
    this.sources = sources;
    this.directory = directory;
    this.secrets = secrets;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<SourceView> list(Actor actor) {
    requireAdmin(actor);
    return sources.findByTenantIdOrderByKey(actor.tenantId()).stream()
        .map(s -> SourceView.of(s, null))
        .toList();
  }

  @Transactional(readOnly = true)
  public SourceView get(Actor actor, Long id) {
    return SourceView.of(owned(actor, id), null);
  }

  public SourceView create(Actor actor, SourceForm form) {
    requireAdmin(actor);
    String key = PathKeys.require("key", form.key());
    AlertFormat format = format(form.type());
    if (directory.exists(key)) {
      throw new ConflictException("An alert source '%s' exists already.".formatted(key));
    }
    String secret = ChannelSecrets.generate("alsrc_");
    AlertSource source = new AlertSource(key, format, secrets.encrypt(secret), clock.instant());
    configure(source, form, format, true);
    return SourceView.of(sources.saveAndFlush(source), secret);
  }

  public SourceView update(Actor actor, Long id, SourceForm form) {
    AlertSource source = owned(actor, id);
    AlertFormat format = form.type() == null ? source.format() : format(form.type());
    configure(source, form, format, source.enabled());
    return SourceView.of(source, null);
  }

  public SourceView enable(Actor actor, Long id, boolean enabled) {
    AlertSource source = owned(actor, id);
    source.configure(source.format(), source.category(), source.resolveOnRecovery(), enabled);
    return SourceView.of(source, null);
  }

  /** A new secret, shown in this answer only; the old one stops working at once. */
  public SourceView rotateSecret(Actor actor, Long id) {
    AlertSource source = owned(actor, id);
    String secret = ChannelSecrets.generate("alsrc_");
    source.reseal(secrets.encrypt(secret));
    return SourceView.of(source, secret);
  }

  private static void configure(
      AlertSource source, SourceForm form, AlertFormat format, boolean enabledUnlessSaid) {
    String category = form.category() == null ? null : form.category().strip();
    if (category != null && category.length() > 100) {
      throw new InvalidInputException("category", "must be at most 100 characters");
    }
    source.configure(
        format,
        category == null || category.isEmpty() ? null : category,
        form.resolveOnRecovery(),
        form.enabled() == null ? enabledUnlessSaid : form.enabled());
  }

  private static AlertFormat format(String type) {
    try {
      return AlertFormat.valueOf(type.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInputException("type", "must be one of alertmanager, grafana, generic");
    }
  }

  private AlertSource owned(Actor actor, Long id) {
    requireAdmin(actor);
    return sources
        .findByTenantIdAndId(actor.tenantId(), id)
        .orElseThrow(() -> new NotFoundException("Alert source", id));
  }

  static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only admins manage alert sources.");
    }
  }
}
