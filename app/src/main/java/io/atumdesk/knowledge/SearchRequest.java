package io.atumdesk.knowledge;

/**
 * A search: the words (Lucene query syntax allowed), optional facet filters, and how many hits.
 * Blank filters do not filter.
 */
public record SearchRequest(
    String text, String category, String tag, String language, Audience audience, int limit) {

  public static final int MAX_TEXT = 1000;

  public SearchRequest {
    text = text == null ? "" : text.strip();
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT);
    }
    category = blankToNull(category);
    tag = blankToNull(tag);
    language = blankToNull(language);
    limit = Math.max(1, Math.min(limit, 50));
  }

  public static SearchRequest of(String text, int limit) {
    return new SearchRequest(text, null, null, null, null, limit);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
