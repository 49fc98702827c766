package io.atumdesk.catalog.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The items a customer collects before ordering them as one request, kept in their session: just
 * item ids, checked again when the order is placed.
 */
final class Cart implements Serializable {

  private static final String ATTRIBUTE = "catalog.cart";
  private final ArrayList<Long> items = new ArrayList<>();

  static Cart of(HttpSession session) {
    Object cart = session.getAttribute(ATTRIBUTE);
    if (cart instanceof Cart existing) {
      return existing;
    }
    Cart created = new Cart();
    session.setAttribute(ATTRIBUTE, created);
    return created;
  }

  static int size(HttpSession session) {
    return session == null || !(session.getAttribute(ATTRIBUTE) instanceof Cart cart)
        ? 0
        : cart.items.size();
  }

  static void empty(HttpSession session) {
    session.removeAttribute(ATTRIBUTE);
  }

  /** Adds an item; at most {@code max} lines, the same item may be ordered twice. */
  boolean add(Long itemId, int max) {
    return items.size() < max && items.add(itemId);
  }

  void remove(int position) {
    if (position >= 0 && position < items.size()) {
      items.remove(position);
    }
  }

  List<Long> items() {
    return List.copyOf(items);
  }
}
