package io.atumdesk.inbox;

import io.atumdesk.Api;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Raises tickets for inbox tests under a category of their own, unique per test run (the PostgreSQL
 * database outlives a run), so each test filters to exactly its tickets.
 */
final class InboxTickets {

  private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  private final Api customer;
  final String category;

  InboxTickets(Api customer, String test) {
    this.customer = customer;
    this.category = "inbox-" + RUN + "-" + test;
  }

  String incident(String subject, String impact, String urgency) {
    return raise("INCIDENT", subject, impact, urgency);
  }

  String raise(String type, String subject, String impact, String urgency) {
    var created =
        customer.post(
            "/api/v1/tickets",
            """
            {"type":"%s","subject":"%s","impact":"%s","urgency":"%s","category":"%s"}"""
                .formatted(type, subject, impact, urgency, category));
    if (created.status() != 201) {
      throw new AssertionError("could not raise: " + created);
    }
    return created.field("key");
  }

  /** Every key of a view, page by page along the cursors. */
  static List<String> walk(Api api, String query) {
    List<String> keys = new ArrayList<>();
    String cursor = null;
    do {
      var page = api.get("/api/v1/inbox?" + query + (cursor == null ? "" : "&cursor=" + cursor));
      if (page.status() != 200) {
        throw new AssertionError(page.toString());
      }
      JsonNode json = page.json();
      json.path("items").forEach(row -> keys.add(row.path("key").asString()));
      cursor = json.path("nextCursor").asString(null);
    } while (cursor != null);
    return keys;
  }

  static List<String> keys(Api.Response page) {
    List<String> keys = new ArrayList<>();
    page.json().path("items").forEach(row -> keys.add(row.path("key").asString()));
    return keys;
  }
}
