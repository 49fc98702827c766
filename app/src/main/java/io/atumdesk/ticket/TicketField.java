package io.atumdesk.ticket;

import io.atumdesk.core.InvalidInputException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of a ticket that change over its life, by their API name. Decision outputs and form
 * data named like one of these are applied to the ticket, so a designer wires data without code.
 */
public enum TicketField {
  SUBJECT("subject"),
  DESCRIPTION("description"),
  CATEGORY("category"),
  IMPACT("impact"),
  URGENCY("urgency"),
  PRIORITY("priority"),
  ASSIGNMENT_GROUP("assignmentGroup"),
  ASSIGNEE("assignee"),
  STATUS("status"),
  RESOLUTION("resolution");

  /** What a decision table may set on a ticket: how it is classified, ranked and routed. */
  public static final Set<TicketField> DECIDABLE =
      EnumSet.of(CATEGORY, IMPACT, URGENCY, PRIORITY, ASSIGNMENT_GROUP, ASSIGNEE);

  /**
   * What a task's form may set; assignment goes through claiming and reassigning, which move the
   * task too, and the status always follows the process.
   */
  public static final Set<TicketField> FILLABLE =
      EnumSet.of(SUBJECT, DESCRIPTION, CATEGORY, IMPACT, URGENCY, PRIORITY, RESOLUTION);

  private final String apiName;

  TicketField(String apiName) {
    this.apiName = apiName;
  }

  public String apiName() {
    return apiName;
  }

  public static Optional<TicketField> byApiName(String name) {
    return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst();
  }

  /** Converts an outside value (a decision output, a form value) to this field's type. */
  Object coerce(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    try {
      return switch (this) {
        case IMPACT, URGENCY -> Level.valueOf(text.toUpperCase(Locale.ROOT));
        case PRIORITY -> Priority.valueOf(text.toUpperCase(Locale.ROOT));
        case STATUS -> TicketStatus.valueOf(text.toUpperCase(Locale.ROOT));
        // Categories are keys the routing table matches: one spelling only.
        case CATEGORY -> text.isEmpty() ? null : text.toLowerCase(Locale.ROOT);
        default -> text.isEmpty() ? null : text;
      };
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(apiName, "has the unknown value '" + text + "'");
    }
  }
}
