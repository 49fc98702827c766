package io.atumdesk.ticket;

/**
 * How one ticket relates to another, read from the ticket it is shown on: "INC-000001 duplicate of
 * INC-000002" is "INC-000002 duplicated by INC-000001" seen from the other side.
 */
public enum LinkKind {
  RELATES_TO("relates to"),
  DUPLICATE_OF("duplicate of"),
  DUPLICATED_BY("duplicated by"),
  CAUSED_BY("caused by"),
  CAUSES("causes"),
  PARENT_OF("parent of"),
  CHILD_OF("child of");

  private final String label;

  LinkKind(String label) {
    this.label = label;
  }

  /** The words a page shows before the other ticket's key. */
  public String label() {
    return label;
  }

  /** The same link seen from the other ticket. */
  public LinkKind inverse() {
    return switch (this) {
      case RELATES_TO -> RELATES_TO;
      case DUPLICATE_OF -> DUPLICATED_BY;
      case DUPLICATED_BY -> DUPLICATE_OF;
      case CAUSED_BY -> CAUSES;
      case CAUSES -> CAUSED_BY;
      case PARENT_OF -> CHILD_OF;
      case CHILD_OF -> PARENT_OF;
    };
  }
}
