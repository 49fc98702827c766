package io.atumdesk.webhook;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A source's mapping as stored: a JSON object of ticket field to JSONPath expression. */
final class SourceMapping {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SourceMapping() {}

  static Map<String, String> read(String stored) {
    try {
      return JSON.readValue(stored, new TypeReference<Map<String, String>>() {});
    } catch (JacksonException e) {
      throw new IllegalStateException("a stored webhook mapping is not a JSON object", e);
    }
  }

  static String write(Map<String, String> mapping) {
    return JSON.writeValueAsString(new TreeMap<>(mapping));
  }
}
