/**
 * Contacts (customer 360): one contact per person of a tenant, known by identities on every channel
 * (e-mail address, phone number, Slack, Teams and Telegram ids, chat visitor), linked to a customer
 * account when there is one, with the tickets they wrote on; staff search and merge them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contacts")
package io.atumdesk.contact;
