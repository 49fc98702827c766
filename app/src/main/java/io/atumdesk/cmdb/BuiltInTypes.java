package io.atumdesk.cmdb;

import static io.atumdesk.cmdb.AttributeDefinition.of;
import static io.atumdesk.cmdb.AttributeDefinition.text;

import java.util.List;
import java.util.Optional;

/** The types every tenant has, each with a few optional attributes. */
final class BuiltInTypes {

  static final List<CiType> ALL =
      List.of(
          new CiType(
              CiType.SERVICE, "Business service", true, List.of(text("description"), text("sla"))),
          new CiType("application", "Application", true, List.of(text("version"), text("url"))),
          new CiType(
              "server",
              "Server",
              true,
              List.of(
                  text("hostname"),
                  text("ip"),
                  text("os"),
                  of("cpus", AttributeKind.NUMBER),
                  of("memoryGb", AttributeKind.NUMBER))),
          new CiType("database", "Database", true, List.of(text("engine"), text("version"))),
          new CiType(
              "network-device",
              "Network device",
              true,
              List.of(text("ip"), text("model"), text("location"))),
          new CiType(
              "laptop",
              "Laptop",
              true,
              List.of(
                  text("serial"),
                  text("model"),
                  text("assignedTo"),
                  of("warrantyEnd", AttributeKind.DATE))));

  private BuiltInTypes() {}

  static Optional<CiType> find(String key) {
    return ALL.stream().filter(type -> type.key().equals(key)).findFirst();
  }
}
