package io.atumdesk.cmdb;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The JSON text columns of this module: an item's attributes and a type's definitions. */
final class JsonColumns {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonColumns() {}

  /** An item's attribute values by name, in the order they were given. */
  @Converter
  static final class Attributes implements AttributeConverter<Map<String, Object>, String> {
    @Override
    public String convertToDatabaseColumn(Map<String, Object> values) {
      return JSON.writeValueAsString(values == null ? Map.of() : values);
    }

    @Override
    public Map<String, Object> convertToEntityAttribute(String json) {
      return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
    }
  }

  /** A custom type's attribute definitions. */
  @Converter
  static final class Definitions implements AttributeConverter<List<AttributeDefinition>, String> {
    @Override
    public String convertToDatabaseColumn(List<AttributeDefinition> definitions) {
      return JSON.writeValueAsString(definitions == null ? List.of() : definitions);
    }

    @Override
    public List<AttributeDefinition> convertToEntityAttribute(String json) {
      return JSON.readValue(json, new TypeReference<List<AttributeDefinition>>() {});
    }
  }
}
