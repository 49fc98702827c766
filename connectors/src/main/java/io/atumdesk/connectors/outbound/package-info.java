/**
 * Messages out: app's outbox hands each message to the {@link
 * io.atumdesk.connectors.outbound.OutboundTransport} of its channel, with the sending account's
 * settings, and retries or dead-letters by what the transport reports.
 */
@org.springframework.modulith.NamedInterface("outbound")
package io.atumdesk.connectors.outbound;
