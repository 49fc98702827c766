/**
 * Webhooks: signed deliveries of ticket and SLA events to each tenant's subscribers, with a
 * delivery log, retries and dead letters; and generic inbound sources whose payloads raise or
 * continue tickets through a JSONPath mapping.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks")
package io.atumdesk.webhook;
