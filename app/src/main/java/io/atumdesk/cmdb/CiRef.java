package io.atumdesk.cmdb;

/** An item as other pages and modules name it: key, name and type. */
public record CiRef(CiKey key, String name, String type, Criticality criticality) {

  static CiRef of(ConfigurationItem item) {
    return new CiRef(item.key(), item.name(), item.typeKey(), item.criticality());
  }

  /** {@code CI-000001 (Mail server)}, for messages. */
  public String shown() {
    return key.value() + " (" + name + ")";
  }
}
