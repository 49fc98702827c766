package io.atumdesk.connectors.webhook;

/** What the application does with mapped payloads, and with those that could not be handled. */
public interface WebhookTicketReceiver {

  /** Raises a ticket, or continues the one of the same external id; returns what it did. */
  IntakeOutcome receive(MappedWebhook webhook);

  /** Keeps a payload that failed, with the reason, so nothing is silently dropped. */
  void deadLetter(String sourceId, String payload, String reason);
}
