/**
 * Microsoft Teams, as far as webhooks reach: an outgoing webhook (a channel @mention) in, checked
 * by its HMAC; channel notifications out to an incoming webhook (Workflows or a legacy connector)
 * as an Adaptive Card. Webhooks cannot answer in a thread later or write to a person; that needs a
 * bot registered with the Bot Framework, which this channel does not do.
 */
package io.atumdesk.connectors.teams;
