/**
 * Mail out: the {@link io.atumdesk.connectors.outbound.OutboundTransport} of channel {@code email},
 * sending through each mailbox's SMTP server with Jakarta Mail (Eclipse Angus).
 */
package io.atumdesk.connectors.mail;
