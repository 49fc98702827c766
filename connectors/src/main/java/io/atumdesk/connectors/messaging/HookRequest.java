package io.atumdesk.connectors.messaging;

import java.util.Locale;
import java.util.Map;

/**
 * A webhook request as it arrived: the URL the provider called, its headers by lower-case name and
 * its body exactly as sent (signatures are computed over these bytes).
 */
public record HookRequest(String url, Map<String, String> headers, String body) {

  public HookRequest {
    headers = Map.copyOf(headers);
    body = body == null ? "" : body;
  }

  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }
}
