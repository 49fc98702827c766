package io.atumdesk.cmdb.web;

import io.atumdesk.cmdb.AttributeDefinition;
import io.atumdesk.cmdb.CiChanges;
import io.atumdesk.cmdb.CiForm;
import io.atumdesk.cmdb.CiState;
import io.atumdesk.cmdb.CiType;
import io.atumdesk.cmdb.ConfigurationItem;
import io.atumdesk.cmdb.Criticality;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * An item as the page's form posts it: plain fields, and one {@code attr.<name>} field per
 * attribute of the item's type, as text. An empty attribute field clears that attribute.
 */
public record CiPageForm(
    String type,
    String name,
    String state,
    String owner,
    String criticality,
    Long version,
    Map<String, String> attributes) {

  static final String ATTRIBUTE = "attr.";

  public CiPageForm {
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  /** The type's attribute fields only, so that a forged field name is never stored. */
  static CiPageForm posted(CiType type, MultiValueMap<String, String> fields) {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (AttributeDefinition attribute : type.attributes()) {
      String value = fields.getFirst(ATTRIBUTE + attribute.name());
      attributes.put(attribute.name(), value == null ? "" : value);
    }
    String version = fields.getFirst("version");
    return new CiPageForm(
        type.key(),
        fields.getFirst("name"),
        fields.getFirst("state"),
        fields.getFirst("owner"),
        fields.getFirst("criticality"),
        version == null || !version.matches("\\d{1,18}") ? null : Long.valueOf(version),
        attributes);
  }

  static CiPageForm empty(CiType type) {
    return new CiPageForm(type.key(), "", CiState.IN_SERVICE.name(), "", "", null, Map.of());
  }

  static CiPageForm of(ConfigurationItem item) {
    Map<String, String> attributes = new LinkedHashMap<>();
    item.attributes().forEach((name, value) -> attributes.put(name, String.valueOf(value)));
    return new CiPageForm(
        item.typeKey(),
        item.name(),
        item.state().name(),
        item.owner() == null ? "" : item.owner(),
        item.criticality() == null ? "" : item.criticality().name(),
        item.version(),
        attributes);
  }

  CiForm toNew() {
    return new CiForm(
        type,
        name,
        pick(CiState.values(), state),
        owner,
        pick(Criticality.values(), criticality),
        Map.copyOf(attributes));
  }

  /** Every attribute is sent: a blank one (null here) is removed from the item. */
  CiChanges toChanges() {
    Map<String, Object> changed = new LinkedHashMap<>();
    attributes.forEach((key, value) -> changed.put(key, value.isBlank() ? null : value));
    return new CiChanges(
        version,
        name == null ? "" : name,
        owner == null ? "" : owner,
        pick(Criticality.values(), criticality),
        changed);
  }

  public String attribute(String name) {
    return attributes.getOrDefault(name, "");
  }

  private static <E extends Enum<E>> E pick(E[] values, String name) {
    return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst().orElse(null);
  }
}
