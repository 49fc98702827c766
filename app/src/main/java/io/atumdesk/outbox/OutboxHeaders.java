package io.atumdesk.outbox;

import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A message's channel fields, kept as a JSON object of strings. */
final class OutboxHeaders {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};

  private OutboxHeaders() {}

  static Map<String, String> read(String json) {
    return json == null || json.isBlank() ? Map.of() : JSON.readValue(json, MAP);
  }
}
