package io.atumdesk.knowledge;

/** An article's text was saved (created or edited); its vector is computed after the commit. */
public record ArticleSaved(Long articleId, String tenantId) {}
