package io.atumdesk.cmdb;

import java.util.List;
import java.util.Optional;

/**
 * A kind of configuration item and the attributes its items may have: built in (a business service,
 * a server, ...) or defined by the tenant's admins.
 *
 * @param key such as {@code server} or {@code printer}
 */
public record CiType(
    String key, String name, boolean builtIn, List<AttributeDefinition> attributes) {

  /** The type of business services, where impact analysis stops. */
  public static final String SERVICE = "service";

  public CiType {
    attributes = List.copyOf(attributes);
  }

  public Optional<AttributeDefinition> attribute(String name) {
    return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
  }
}
