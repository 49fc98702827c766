package io.atumdesk.chat.web;

import io.atumdesk.chat.WidgetOrigins;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * CORS per widget: only the origins its admin allowed, no cookies. An unknown or disabled widget
 * allows no origin, so browsers are refused at the preflight.
 */
@Component
class WidgetCors implements CorsConfigurationSource {

  private final WidgetOrigins origins;

  WidgetCors(WidgetOrigins origins) {
    this.origins = origins;
  }

  @Override
  public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String[] parts = path.split("/");
    // "", "chat", "{widget}", ...
    List<String> allowed = parts.length > 2 ? origins.of(parts[2]) : List.of();
    var config = new CorsConfiguration();
    config.setAllowedOrigins(allowed);
    config.setAllowedMethods(List.of("GET", "POST"));
    config.setAllowedHeaders(List.of("Authorization", "Content-Type"));
    config.setAllowCredentials(false);
    config.setMaxAge(Duration.ofMinutes(10));
    return config;
  }
}
