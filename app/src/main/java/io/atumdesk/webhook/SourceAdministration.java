package io.atumdesk.webhook;

import io.atumdesk.channel.ChannelSecrets;
import io.atumdesk.connectors.webhook.WebhookMapping;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.PathKeys;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins add inbound webhook sources: a name that becomes the URL (unique across tenants), a
 * mapping checked on save, and a secret made here, shown once and kept sealed.
 */
@Service
@Transactional
public class SourceAdministration {

  /** What a source is: its name (the URL) and mapping of ticket field to JSONPath. */
  public record SourceForm(String name, Map<String, String> mapping, Boolean active) {}

  /** A source as admins see it; {@code secret} only in the answer that created it. */
  public record SourceView(
      Long id,
      String name,
      String url,
      Map<String, String> mapping,
      boolean active,
      Instant createdAt,
      String secret) {

    static SourceView of(Source source, String secret) {
      return new SourceView(
          source.id(),
          source.name(),
          "/api/v1/hooks/webhook/" + source.name(),
          SourceMapping.read(source.mapping()),
          source.active(),
          source.createdAt(),
          secret);
    }
  }

  private static final int LONGEST_MAPPING = 4000;

  private final Sources sources;
  private final SourceDirectory directory;
  private final InboundLetters letters;
  private final ChannelSecrets secrets;
  private final Clock clock;

  SourceAdministration(
      Sources sources,
      SourceDirectory directory,
      InboundLetters letters,
      ChannelSecrets secrets,
      Clock clock) {
    this.sources = sources;
    this.directory = directory;
    this.letters = letters;
    this.secrets = secrets;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<SourceView> list(Actor actor) {
    SubscriptionAdministration.requireAdmin(actor);
    return sources.findByTenantIdOrderByName(actor.tenantId()).stream()
        .map(s -> SourceView.of(s, null))
        .toList();
  }

  @Transactional(readOnly = true)
  public SourceView get(Actor actor, Long id) {
    return SourceView.of(owned(actor, id), null);
  }

  public SourceView create(Actor actor, SourceForm form) {
    SubscriptionAdministration.requireAdmin(actor);
    String name = PathKeys.require("name", form.name());
    if (directory.tenantOf(name).isPresent()) {
      throw new ConflictException("A webhook source named '%s' exists already.".formatted(name));
    }
    String secret = ChannelSecrets.generate("whsrc_");
    Source source =
        sources.saveAndFlush(
            new Source(name, secrets.encrypt(secret), mapping(form), clock.instant()));
    return SourceView.of(source, secret);
  }

  public SourceView update(Actor actor, Long id, SourceForm form) {
    Source source = owned(actor, id);
    source.change(mapping(form), form.active() == null ? source.active() : form.active());
    return SourceView.of(source, null);
  }

  public void delete(Actor actor, Long id) {
    sources.delete(owned(actor, id));
  }

  /** The latest 100 refused and unmappable payloads of the tenant's sources, newest first. */
  @Transactional(readOnly = true)
  public List<InboundLetter> letters(Actor actor) {
    SubscriptionAdministration.requireAdmin(actor);
    return letters.findTop100ByTenantIdOrderByIdDesc(actor.tenantId());
  }

  private static String mapping(SourceForm form) {
    if (form.mapping() == null) {
      throw new InvalidInputException("mapping", "needs at least a path for 'subject'");
    }
    try {
      WebhookMapping.check(form.mapping());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("mapping", e.getMessage());
    }
    String stored = SourceMapping.write(form.mapping());
    if (stored.length() > LONGEST_MAPPING) {
      throw new InvalidInputException(
          "mapping", "is longer than %d characters".formatted(LONGEST_MAPPING));
    }
    return stored;
  }

  private Source owned(Actor actor, Long id) {
    SubscriptionAdministration.requireAdmin(actor);
    return sources
        .findByTenantIdAndId(actor.tenantId(), id)
        .orElseThrow(() -> new NotFoundException("Webhook source", id));
  }
}
