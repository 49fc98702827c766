/**
 * SMS through a Twilio-compatible provider: the messaging webhook in (form fields as Twilio posts
 * them, verified by {@code X-Twilio-Signature}, answered with empty TwiML), the Messages resource
 * out, at most so many messages per second per account.
 */
package io.atumdesk.connectors.sms;
