package io.atumdesk.knowledge;

/**
 * An article matching a text, for agent assist: the snippet is HTML-escaped with {@code <mark>}.
 */
public record ArticleMatch(long id, String title, String snippet, double score, String url) {}
