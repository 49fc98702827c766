package io.atumdesk.cmdb;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How a source item relates to its target, read from source to target: the mail app <em>depends
 * on</em> the mail database, which <em>runs on</em> a server.
 */
public enum RelationKind {
  DEPENDS_ON,
  RUNS_ON,
  CONNECTS_TO,
  OWNED_BY;

  /** The kinds that may form no cycle: an item cannot, through them, depend on itself. */
  public static final Set<RelationKind> ACYCLIC = Set.of(DEPENDS_ON, RUNS_ON);

  /** The kinds along which a failure travels from target to source. */
  public static final Set<RelationKind> IMPACTING = Set.of(DEPENDS_ON, RUNS_ON, CONNECTS_TO);

  /** {@code depends on}, {@code DEPENDS_ON} and {@code depends-on} all name the same kind. */
  public static Optional<RelationKind> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
