package io.atumdesk.channel;

/** An admin added, changed, enabled or disabled a mailbox. */
public record MailboxChanged(String tenantId, String name) {}
