package io.atumdesk.catalog;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** An ordered item's accepted form values as JSON text, in form order. */
@Converter
class FormData implements AttributeConverter<Map<String, Object>, String> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public String convertToDatabaseColumn(Map<String, Object> values) {
    return JSON.writeValueAsString(values == null ? Map.of() : values);
  }

  @Override
  public Map<String, Object> convertToEntityAttribute(String json) {
    return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
  }
}
