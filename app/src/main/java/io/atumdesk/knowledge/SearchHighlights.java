package io.atumdesk.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.mapper.orm.session.SearchSession;

/** The snippets of a search's hits: the matched words marked with {@code <mark>}, HTML-escaped. */
final class SearchHighlights {

  private SearchHighlights() {}

  /**
   * The matched words, marked, in the body of each shown hit the lexical half found. Highlighting
   * re-reads a document's text, so it is done for the few hits shown, not for every candidate, and
   * in the body field of the article's own language only: one query per language.
   */
  static Map<Long, String> of(
      SearchSession session,
      String words,
      boolean syntax,
      List<Long> ids,
      Map<Long, Article> rows) {
    Map<String, List<Long>> byField =
        ids.stream()
            .filter(rows::containsKey)
            .collect(
                Collectors.groupingBy(
                    id ->
                        "de".equals(rows.get(id).language())
                            ? KnowledgeIndex.BODY_DE
                            : KnowledgeIndex.BODY_EN));
    Map<Long, String> snippets = new HashMap<>();
    byField.forEach(
        (field, group) -> {
          List<List<?>> found =
              session
                  .search(Article.class)
                  .select(f -> f.composite(f.id(Long.class), f.highlight(field).single()))
                  .where(
                      f ->
                          f.bool()
                              .must(ArticleWords.in(f, field, words, syntax))
                              .filter(f.id().matchingAny(group)))
                  .highlighter(
                      f ->
                          f.unified()
                              .tag("<mark>", "</mark>")
                              .encoder(HighlighterEncoder.HTML)
                              // The unified highlighter cuts at sentence boundaries (no size
                              // setting).
                              .numberOfFragments(1))
                  .fetchHits(group.size());
          for (List<?> row : found) {
            if (row.get(1) != null) {
              snippets.put((Long) row.get(0), (String) row.get(1));
            }
          }
        });
    return snippets;
  }
}
