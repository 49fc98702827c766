package io.atumdesk.inbox;

import java.util.List;

/** What a bulk change did, per key in the order asked: done, or the reason it was not. */
public record BulkOutcome(List<Result> results) {

  public record Result(String key, boolean ok, String reason) {}

  public BulkOutcome {
    results = List.copyOf(results);
  }
}
