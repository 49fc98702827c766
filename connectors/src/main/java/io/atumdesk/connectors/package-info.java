/**
 * Connectors between ATUM DESK and outside systems: Camel routes and mailbox readers turn what
 * arrives into messages for the interfaces declared here and in subpackages, which app implements
 * (inbound mail: {@link io.atumdesk.connectors.InboundMessage} to {@link
 * io.atumdesk.connectors.InboundMessageHandler}).
 */
package io.atumdesk.connectors;
