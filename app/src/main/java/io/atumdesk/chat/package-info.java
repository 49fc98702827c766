/**
 * The web chat: widgets a customer's site embeds with one script tag, live conversations between a
 * visitor and an agent (messages, typing, files) over POST and server-sent events, and their
 * conversion into a ticket, by an agent or by the widget's rule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web chat")
package io.atumdesk.chat;
