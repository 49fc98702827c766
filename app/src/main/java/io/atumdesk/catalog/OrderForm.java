package io.atumdesk.catalog;

import java.util.List;
import java.util.Map;

/**
 * An order of several catalog items at once, each with the data its form asks for.
 *
 * @param note anything the requester wants to add for the whole order; may be empty
 */
public record OrderForm(List<Line> items, String note) {

  public OrderForm {
    items = items == null ? List.of() : items;
  }

  /** One item and its form data (values by form field key). */
  public record Line(Long item, Map<String, Object> data) {

    public Line {
      data = data == null ? Map.of() : data;
    }
  }
}
