package io.atumdesk.people;

/**
 * How to reach a person of a tenant.
 *
 * @param email their address, or null when they have none
 * @param locale their language tag (such as {@code de}), or null for the default
 */
public record Contact(String username, String displayName, String email, String locale) {}
