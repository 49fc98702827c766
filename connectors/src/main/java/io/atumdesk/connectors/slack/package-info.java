/**
 * Slack: the Events API ({@code message} events) and the {@code /ticket} slash command in, verified
 * with the app's signing secret; {@code chat.postMessage} out, in the thread a conversation began.
 */
package io.atumdesk.connectors.slack;
