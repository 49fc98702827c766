package io.atumdesk.knowledge;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.mapper.orm.session.SearchSession;

/** The facet counts of a search: category, tags, language and audience. */
final class SearchFacets {

  private static final AggregationKey<Map<String, Long>> CATEGORIES = AggregationKey.of("category");
  private static final AggregationKey<Map<String, Long>> TAGS = AggregationKey.of("tags");
  private static final AggregationKey<Map<String, Long>> LANGUAGES = AggregationKey.of("language");
  private static final AggregationKey<Map<Audience, Long>> AUDIENCES =
      AggregationKey.of("audience");

  private SearchFacets() {}

  /** Facet counts over the lexical matches and the semantic neighbours together. */
  static Map<String, List<SearchResult.FacetCount>> count(
      SearchSession session,
      SearchPredicate filter,
      boolean everything,
      String words,
      boolean syntax,
      Collection<Long> semantic) {
    var result =
        session
            .search(Article.class)
            .where(
                f -> {
                  if (everything) {
                    return f.bool().must(f.matchAll()).filter(filter);
                  }
                  // Lexical matches or semantic neighbours; neither (no words, no vector): none.
                  if (words.isEmpty() && semantic.isEmpty()) {
                    return f.matchNone();
                  }
                  var either = f.bool();
                  if (!semantic.isEmpty()) {
                    either.should(f.id().matchingAny(semantic));
                  }
                  if (!words.isEmpty()) {
                    either.should(ArticleWords.query(f, words, syntax));
                  }
                  return f.bool().must(either).filter(filter);
                })
            .aggregation(
                CATEGORIES,
                f -> f.terms().field(KnowledgeIndex.CATEGORY, String.class).maxTermCount(20))
            .aggregation(
                TAGS, f -> f.terms().field(KnowledgeIndex.TAGS, String.class).maxTermCount(20))
            .aggregation(LANGUAGES, f -> f.terms().field(KnowledgeIndex.LANGUAGE, String.class))
            .aggregation(AUDIENCES, f -> f.terms().field(KnowledgeIndex.AUDIENCE, Audience.class))
            .fetch(0);
    Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
    facets.put("category", counts(result.aggregation(CATEGORIES)));
    facets.put("tags", counts(result.aggregation(TAGS)));
    facets.put("language", counts(result.aggregation(LANGUAGES)));
    facets.put("audience", counts(result.aggregation(AUDIENCES)));
    return facets;
  }

  private static <T> List<SearchResult.FacetCount> counts(Map<T, Long> counts) {
    return counts.entrySet().stream()
        .map(e -> new SearchResult.FacetCount(String.valueOf(e.getKey()), e.getValue()))
        .toList();
  }
}
