/**
 * Webhooks out and in: signed JSON deliveries to subscribers' URLs behind an address policy, and
 * generic JSON payloads mapped to ticket fields for the {@link
 * io.atumdesk.connectors.webhook.WebhookTicketReceiver} the application provides.
 */
@org.springframework.modulith.NamedInterface("webhook")
package io.atumdesk.connectors.webhook;
