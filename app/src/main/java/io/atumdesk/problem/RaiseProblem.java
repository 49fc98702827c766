package io.atumdesk.problem;

import io.atumdesk.ticket.Level;
import java.util.List;

/**
 * What it takes to raise a problem: the incidents it comes from (none for a proactive problem), and
 * a subject, which defaults to the first incident's.
 */
public record RaiseProblem(
    List<String> incidents,
    String subject,
    String description,
    String category,
    Level impact,
    Level urgency) {

  public RaiseProblem {
    incidents =
        incidents == null
            ? List.of()
            : incidents.stream().map(key -> key == null ? "" : key.strip()).toList();
  }
}
