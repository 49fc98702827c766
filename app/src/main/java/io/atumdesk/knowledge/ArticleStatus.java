package io.atumdesk.knowledge;

/** Where an article is in its review process; only published articles are searched. */
public enum ArticleStatus {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  RETIRED
}
