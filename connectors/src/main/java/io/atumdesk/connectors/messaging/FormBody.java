package io.atumdesk.connectors.messaging;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads and writes {@code application/x-www-form-urlencoded} bodies (first value per name). */
public final class FormBody {

  private FormBody() {}

  public static Map<String, String> parse(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (body == null || body.isBlank()) {
      return fields;
    }
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      fields.putIfAbsent(name, value);
    }
    return fields;
  }

  public static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
