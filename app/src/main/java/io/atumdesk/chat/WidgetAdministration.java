package io.atumdesk.chat;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.Role;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins add, change and list their tenant's chat widgets. */
@Service
public class WidgetAdministration {

  private final ChatWidgets widgets;
  private final Clock clock;

  WidgetAdministration(ChatWidgets widgets, Clock clock) {
    this.widgets = widgets;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<WidgetView> list(Actor actor) {
    requireAdmin(actor);
    return widgets.findAllByOrderByNameAsc().stream().map(ChatWidget::view).toList();
  }

  @Transactional(readOnly = true)
  public WidgetView get(Actor actor, String id) {
    requireAdmin(actor);
    return find(id).view();
  }

  @Transactional
  public WidgetView create(Actor actor, WidgetSettings settings) {
    requireAdmin(actor);
    validate(settings);
    if (widgets.existsByName(settings.name().trim())) {
      throw new ConflictException(
          "A widget named '" + settings.name().trim() + "' exists already.");
    }
    ChatWidget widget = new ChatWidget(Secrets.random(16), clock.instant());
    widget.configure(settings);
    return widgets.save(widget).view();
  }

  @Transactional
  public WidgetView update(Actor actor, String id, WidgetSettings settings) {
    requireAdmin(actor);
    validate(settings);
    ChatWidget widget = find(id);
    widget.configure(settings);
    return widget.view();
  }

  private ChatWidget find(String id) {
    return widgets.findByPublicId(id).orElseThrow(() -> new NotFoundException("Chat widget", id));
  }

  private static void validate(WidgetSettings settings) {
    if (settings.name() == null || settings.name().isBlank() || settings.name().length() > 100) {
      throw new InvalidInputException("name", "must be given, at most 100 characters");
    }
    if (settings.greeting() != null && settings.greeting().length() > 1000) {
      throw new InvalidInputException("greeting", "must be at most 1000 characters");
    }
    if (settings.autoTicketMinutes() < 1 || settings.autoTicketMinutes() > 1440) {
      throw new InvalidInputException("autoTicketMinutes", "must be between 1 and 1440");
    }
    settings.allowedOrigins().forEach(WidgetAdministration::validateOrigin);
  }

  /** An origin is scheme, host and port: what browsers send in the Origin header. */
  private static void validateOrigin(String origin) {
    String hint = "each must be an origin like https://shop.example (no path, no trailing slash)";
    try {
      URI uri = new URI(origin);
      boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
      if (!web
          || uri.getHost() == null
          || uri.getRawPath() != null && !uri.getRawPath().isEmpty()
          || uri.getQuery() != null
          || uri.getUserInfo() != null
          || origin.contains(" ")) {
        throw new InvalidInputException("allowedOrigins", hint + "; '" + origin + "' is not");
      }
    } catch (URISyntaxException | NullPointerException e) {
      throw new InvalidInputException("allowedOrigins", hint + "; '" + origin + "' is not");
    }
  }

  private static void requireAdmin(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only administrators manage chat widgets.");
    }
  }
}
