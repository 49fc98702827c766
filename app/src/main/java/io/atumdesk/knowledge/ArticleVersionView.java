package io.atumdesk.knowledge;

import java.time.Instant;

/** One saved version in an article's history. */
public record ArticleVersionView(
    int version, ArticleContent content, String savedBy, Instant savedAt) {}
