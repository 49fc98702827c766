package io.atumdesk.connectors.webhook;

/**
 * A payload read through its source's mapping: the ticket fields it named, each null when the
 * mapping has no such field or the payload no such value.
 *
 * @param externalId the sender's id for the matter; a later payload with the same id continues it
 * @param payload the payload as it came, for the timeline
 */
public record MappedWebhook(
    String sourceId,
    String subject,
    String description,
    String type,
    String impact,
    String urgency,
    String category,
    String requester,
    String externalId,
    String payload) {}
