/**
 * Messaging channels in and out (SMS, Slack, Microsoft Teams, Telegram): the application hands each
 * webhook request to {@link io.atumdesk.connectors.messaging.MessagingIntake} with the account's
 * settings; the channel's {@link io.atumdesk.connectors.messaging.ChannelHook} checks who sent it,
 * then the channel's inbound route turns it into {@link io.atumdesk.connectors.InboundMessage}s for
 * the application's handler. Replies leave through each channel's outbound transport.
 */
@org.springframework.modulith.NamedInterface("messaging")
package io.atumdesk.connectors.messaging;
