package io.atumdesk.connectors.alert;

import java.util.Map;

/**
 * One alert as every format arrives here: which source sent it, the fingerprint that identifies the
 * alert across repeats, whether it fires or has resolved, and what a person needs to read.
 *
 * @param severity the sender's word for it ({@code critical}, {@code warning}...), or null
 * @param link where the alert can be looked at (generator, dashboard or panel), or null
 */
public record InboundAlert(
    String sourceId,
    String fingerprint,
    boolean firing,
    String title,
    String description,
    String severity,
    String link,
    Map<String, String> labels) {

  public InboundAlert {
    labels = Map.copyOf(labels);
  }
}
