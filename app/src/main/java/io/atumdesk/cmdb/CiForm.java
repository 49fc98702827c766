package io.atumdesk.cmdb;

import java.util.Map;

/**
 * A new configuration item.
 *
 * @param type a type key such as {@code server}
 * @param name unique among the tenant's items of that type
 * @param state where it starts; {@code IN_SERVICE} when not given
 * @param owner a group key or a username of the tenant; may be empty
 * @param criticality how much the business suffers when it fails (for services)
 * @param attributes values for the type's attributes, by name
 */
public record CiForm(
    String type,
    String name,
    CiState state,
    String owner,
    Criticality criticality,
    Map<String, Object> attributes) {

  public CiForm {
    state = state == null ? CiState.IN_SERVICE : state;
    attributes = attributes == null ? Map.of() : attributes;
  }
}
