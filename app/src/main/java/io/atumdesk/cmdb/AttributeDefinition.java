package io.atumdesk.cmdb;

import java.util.List;

/**
 * One attribute items of a type may have.
 *
 * @param name such as {@code ip} or {@code warrantyEnd}
 * @param options the allowed values of a {@code CHOICE}; empty for other kinds
 * @param required whether every item of the type must have it
 */
public record AttributeDefinition(
    String name, AttributeKind kind, List<String> options, Boolean required) {

  public AttributeDefinition {
    options = options == null ? List.of() : List.copyOf(options);
    required = Boolean.TRUE.equals(required);
  }

  static AttributeDefinition text(String name) {
    return new AttributeDefinition(name, AttributeKind.TEXT, List.of(), false);
  }

  static AttributeDefinition of(String name, AttributeKind kind) {
    return new AttributeDefinition(name, kind, List.of(), false);
  }
}
