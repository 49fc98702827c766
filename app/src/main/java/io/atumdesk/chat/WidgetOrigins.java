package io.atumdesk.chat;

import java.util.List;
import org.springframework.stereotype.Service;

/** The origins a widget may be embedded on, for the CORS check of every widget request. */
@Service
public class WidgetOrigins {

  private final WidgetDirectory directory;

  WidgetOrigins(WidgetDirectory directory) {
    this.directory = directory;
  }

  /** Empty for an unknown or disabled widget. */
  public List<String> of(String widgetId) {
    return widgetId.length() > 40 ? List.of() : directory.allowedOrigins(widgetId);
  }
}
