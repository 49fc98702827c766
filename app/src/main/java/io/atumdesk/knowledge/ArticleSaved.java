package io.atumdesk.knowledge;

/**
 * An article's text was saved (created or edited), with its vector; for modules that keep copies.
 */
public record ArticleSaved(Long articleId, String tenantId) {}
