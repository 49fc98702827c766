package io.atumdesk.core;

/**
 * An administration page a module offers on {@code /admin}: each module registers its own as a
 * bean, so the landing page needs no list of them. Its title and one-line intro are the messages
 * {@code admin.<key>.title} and {@code admin.<key>.intro}.
 *
 * @param path where the page is, under {@code /admin/}
 * @param order its place on the landing page, lowest first
 */
public record AdminSection(String key, String path, int order) {}
