package io.atumdesk.knowledge;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.CommonQueryStringPredicateFieldStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * A search text as predicates over the article index: in Lucene's query syntax (the knowledge pages
 * and the API) or as plain words (everything else, and a query whose syntax Lucene refused).
 */
final class ArticleWords {

  private ArticleWords() {}

  /** The words over the title, body and tag fields of both languages, titles weighing most. */
  static PredicateFinalStep query(SearchPredicateFactory f, String text, boolean syntax) {
    return parser(f, syntax)
        .field(KnowledgeIndex.TITLE_EN)
        .boost(2f)
        .field(KnowledgeIndex.TITLE_DE)
        .boost(2f)
        .field(KnowledgeIndex.BODY_EN)
        .field(KnowledgeIndex.BODY_DE)
        .field(KnowledgeIndex.TAGS_TEXT)
        .boost(1.5f)
        .matching(text)
        .defaultOperator(BooleanOperator.OR);
  }

  /**
   * The words in one field only: what the highlighter marks there. The whole query over five fields
   * would give the same marks at several times the cost, as the highlighter works through the query
   * again for each document.
   */
  static PredicateFinalStep in(
      SearchPredicateFactory f, String field, String text, boolean syntax) {
    return parser(f, syntax).field(field).matching(text).defaultOperator(BooleanOperator.OR);
  }

  /** Lucene's query syntax, or the simple syntax that reads any text as words. */
  private static CommonQueryStringPredicateFieldStep<?, ?, ?> parser(
      SearchPredicateFactory f, boolean syntax) {
    return syntax ? f.queryString() : f.simpleQueryString();
  }

  /** The query's words without any operator or syntax character. */
  static String plain(String text) {
    return text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
