package io.atumdesk.knowledge;

import java.util.List;
import java.util.Map;

/**
 * The fused hits of a search, best first, and the facet counts over every article that matched
 * (lexically, or semantically among the nearest). {@code plainWords} tells that the query's Lucene
 * syntax was invalid and its plain words were searched instead.
 */
public record SearchResult(
    String text, boolean plainWords, List<Hit> hits, Map<String, List<FacetCount>> facets) {

  /**
   * One article found. The snippet is HTML: escaped text with the matched words in {@code <mark>}.
   * The ranks tell which half found it (null: not among that half's candidates).
   */
  public record Hit(
      Long id,
      String title,
      String snippet,
      double score,
      String category,
      List<String> tags,
      String language,
      Audience audience,
      Integer lexicalRank,
      Integer semanticRank) {}

  /** How many matching articles carry one value of a facet. */
  public record FacetCount(String value, long count) {}
}
