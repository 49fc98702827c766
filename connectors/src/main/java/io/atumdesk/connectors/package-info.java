/**
 * Connectors to outside systems: they turn what arrives on a channel into an {@link
 * io.atumdesk.connectors.InboundMessage} and hand it to the application's {@link
 * io.atumdesk.connectors.InboundMessageHandler}, so this module never depends on the application.
 */
package io.atumdesk.connectors;
