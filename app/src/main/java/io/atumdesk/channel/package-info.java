/**
 * Channels people write in on: inbound mail is read from each tenant's mailboxes, threaded into the
 * ticket it answers or raised as a new one, and kept in quarantine when it cannot be read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Channels")
package io.atumdesk.channel;
