package io.atumdesk.connectors.webhook;

import java.util.Map;

/**
 * A payload from an authenticated source, with that source's mapping of ticket fields to JSONPath
 * expressions; the application built it, nothing in it comes from the request's headers.
 */
public record InboundWebhook(String sourceId, Map<String, String> mapping, String payload) {

  public InboundWebhook {
    mapping = Map.copyOf(mapping);
  }
}
