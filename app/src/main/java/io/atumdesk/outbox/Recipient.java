package io.atumdesk.outbox;

/**
 * Where a message goes: a channel's account and address (with the thread to continue, or null), and
 * the name and language of the person it is for.
 */
record Recipient(
    String channel,
    String account,
    String address,
    String threadReference,
    String name,
    String language) {}
