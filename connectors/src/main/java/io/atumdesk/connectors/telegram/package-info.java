/**
 * A Telegram bot: Updates in through the bot's webhook (checked by the secret token given to {@code
 * setWebhook}), {@code sendMessage} out, as a reply to the customer's latest message.
 */
package io.atumdesk.connectors.telegram;
