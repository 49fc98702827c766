package io.atumdesk.knowledge;

import io.atumdesk.assist.TextEmbeddings;
import io.atumdesk.core.Actor;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Finds published articles in the current tenant: a lexical query (BM25 over the English and German
 * analyzed fields, Lucene syntax allowed) and a semantic one (k nearest sentence vectors), fused by
 * reciprocal rank fusion (RRF: each article scores the sum of 1 / (60 + its rank) over the lists it
 * is in). RRF needs no calibration between BM25 scores and cosine similarities, which live on
 * unrelated scales (ADR 0024). Customers see public articles only; agents see internal ones too.
 */
@Service
public class KnowledgeSearch {

  /** RRF's constant from Cormack et al. (2009); it damps the weight of the very first ranks. */
  static final int RRF_K = 60;

  private final EntityManager entityManager;
  private final TextEmbeddings embeddings;
  private final Articles articles;
  private final KnowledgeProperties properties;

  KnowledgeSearch(
      EntityManager entityManager,
      TextEmbeddings embeddings,
      Articles articles,
      KnowledgeProperties properties) {
    this.entityManager = entityManager;
    this.embeddings = embeddings;
    this.articles = articles;
    this.properties = properties;
  }

  static boolean publicAndPublished(Article article) {
    return article.audience() == Audience.PUBLIC && article.status() == ArticleStatus.PUBLISHED;
  }

  /** The search of the knowledge pages and the API: Lucene syntax allowed, with facets. */
  @Transactional(readOnly = true)
  public SearchResult search(Actor actor, SearchRequest request) {
    float[] vector =
        request.text().isEmpty() ? null : embeddings.embed(request.text()).orElse(null);
    return search(audienceFor(actor, request.audience()), request, vector, true);
  }

  /**
   * The articles to suggest while someone types (a ticket's subject in the portal): the text as
   * plain words, hits only, no facets.
   */
  @Transactional(readOnly = true)
  public List<SearchResult.Hit> suggestions(Actor actor, String text, int limit) {
    String words = ArticleWords.plain(text == null ? "" : text);
    float[] vector = words.isEmpty() ? null : embeddings.embed(text).orElse(null);
    var request = new SearchRequest(words, null, null, null, null, limit);
    return search(audienceFor(actor, null), request, vector, false).hits();
  }

  /**
   * The articles best matching a text (a ticket's subject and description, say) in the current
   * tenant, as agents may read them. The text is taken as plain words, never as query syntax.
   */
  @Transactional(readOnly = true)
  public List<ArticleMatch> forText(String text, int limit) {
    String words = ArticleWords.plain(text == null ? "" : text);
    float[] vector = words.isEmpty() ? null : embeddings.embed(text).orElse(null);
    return forWords(words, vector, limit);
  }

  /** Like {@link #forText} with a vector already computed (a ticket's stored vector). */
  @Transactional(readOnly = true)
  public List<ArticleMatch> forText(String text, float[] vector, int limit) {
    return forWords(ArticleWords.plain(text == null ? "" : text), vector, limit);
  }

  private List<ArticleMatch> forWords(String words, float[] vector, int limit) {
    var request = new SearchRequest(words, null, null, null, null, limit);
    return search(Set.of(Audience.values()), request, vector, false).hits().stream()
        .map(
            h ->
                new ArticleMatch(h.id(), h.title(), h.snippet(), h.score(), "/knowledge/" + h.id()))
        .toList();
  }

  /**
   * The whole search. {@code page}: the text may use Lucene syntax and facets are counted (the
   * knowledge pages and the API); otherwise the text is plain words and only hits are wanted.
   */
  private SearchResult search(
      Set<Audience> audiences, SearchRequest request, float[] vector, boolean page) {
    SearchSession session = Search.session(entityManager);
    SearchPredicate filter = filter(session, audiences, request);
    List<Long> semantic = vector == null ? List.of() : semantic(session, filter, vector);
    boolean syntax = page;
    String words = request.text();
    List<Long> lexical = List.of();
    if (!words.isEmpty()) {
      try {
        lexical = lexical(session, filter, words, syntax);
      } catch (SearchException invalidSyntax) {
        // Lucene's parser refused the query ("vpn AND (", a leading wildcard): search its words.
        syntax = false;
        words = ArticleWords.plain(words);
        lexical = words.isEmpty() ? List.of() : lexical(session, filter, words, false);
      }
    }
    Fused fused = Fused.of(lexical, semantic, request.limit());
    Map<Long, Article> rows =
        articles.findByIdIn(fused.best()).stream()
            .collect(Collectors.toMap(Article::id, Function.identity()));
    Map<Long, String> snippets =
        SearchHighlights.of(session, words, syntax, fused.lexicalHits(), rows);
    List<SearchResult.Hit> hits = hits(fused, rows, snippets);
    var facets =
        page
            ? SearchFacets.count(session, filter, request.text().isEmpty(), words, syntax, semantic)
            : Map.<String, List<SearchResult.FacetCount>>of();
    return new SearchResult(request.text(), page && !syntax, hits, facets);
  }

  private static SearchPredicate filter(
      SearchSession session, Set<Audience> audiences, SearchRequest request) {
    var f = session.scope(Article.class).predicate();
    return f.bool(
            b -> {
              b.filter(f.match().field(KnowledgeIndex.STATUS).matching(ArticleStatus.PUBLISHED));
              b.filter(f.terms().field(KnowledgeIndex.AUDIENCE).matchingAny(audiences));
              if (request.category() != null) {
                b.filter(f.match().field(KnowledgeIndex.CATEGORY).matching(request.category()));
              }
              if (request.tag() != null) {
                b.filter(f.match().field(KnowledgeIndex.TAGS).matching(request.tag()));
              }
              if (request.language() != null) {
                b.filter(f.match().field(KnowledgeIndex.LANGUAGE).matching(request.language()));
              }
            })
        .toPredicate();
  }

  private List<Long> semantic(SearchSession session, SearchPredicate filter, float[] vector) {
    return session
        .search(Article.class)
        .select(f -> f.id(Long.class))
        .where(
            f ->
                f.knn(properties.candidates())
                    .field(KnowledgeIndex.EMBEDDING)
                    .matching(vector)
                    .filter(filter)
                    .requiredMinimumSimilarity(properties.minimumSimilarity()))
        .fetchHits(properties.candidates());
  }

  /** The lexical candidates' ids, best first (no highlighting: most of them are never shown). */
  private List<Long> lexical(
      SearchSession session, SearchPredicate filter, String text, boolean syntax) {
    return session
        .search(Article.class)
        .select(f -> f.id(Long.class))
        .where(f -> f.bool().must(ArticleWords.query(f, text, syntax)).filter(filter))
        .fetchHits(properties.candidates());
  }

  /**
   * The two halves fused by RRF: the best ids with their scores and their rank in each half (a rank
   * is absent where the half did not find the article).
   */
  private record Fused(
      List<Long> best,
      Map<Long, Double> score,
      Map<Long, Integer> lexicalRank,
      Map<Long, Integer> semanticRank) {

    static Fused of(List<Long> lexical, List<Long> semantic, int limit) {
      Map<Long, Integer> lexicalRank = new HashMap<>();
      Map<Long, Integer> semanticRank = new HashMap<>();
      Map<Long, Double> score = new LinkedHashMap<>();
      for (int i = 0; i < lexical.size(); i++) {
        lexicalRank.put(lexical.get(i), i + 1);
        score.merge(lexical.get(i), 1.0 / (RRF_K + i + 1), Double::sum);
      }
      for (int i = 0; i < semantic.size(); i++) {
        semanticRank.put(semantic.get(i), i + 1);
        score.merge(semantic.get(i), 1.0 / (RRF_K + i + 1), Double::sum);
      }
      List<Long> best =
          score.entrySet().stream()
              .sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
              .limit(limit)
              .map(Map.Entry::getKey)
              .toList();
      return new Fused(best, score, lexicalRank, semanticRank);
    }

    /** The best ids the lexical half found: the ones with words to mark. */
    List<Long> lexicalHits() {
      return best.stream().filter(lexicalRank::containsKey).toList();
    }
  }

  /** The hits in their fused order; a hit without marked words shows its text's beginning. */
  private static List<SearchResult.Hit> hits(
      Fused fused, Map<Long, Article> rows, Map<Long, String> snippets) {
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (Long id : fused.best()) {
      Article a = rows.get(id);
      if (a == null) {
        continue; // deleted since it was indexed
      }
      hits.add(
          new SearchResult.Hit(
              id,
              a.title(),
              snippets.containsKey(id) ? snippets.get(id) : excerpt(a),
              fused.score().get(id),
              a.category(),
              a.getTagList(),
              a.language(),
              a.audience(),
              fused.lexicalRank().get(id),
              fused.semanticRank().get(id)));
    }
    return hits;
  }

  private static Set<Audience> audienceFor(Actor actor, Audience wanted) {
    if (actor.isCustomerOnly()) {
      return Set.of(Audience.PUBLIC);
    }
    return wanted == null ? Set.of(Audience.values()) : Set.of(wanted);
  }

  private static String excerpt(Article article) {
    String text = article.getPlainText();
    String cut =
        text.length() <= 160
            ? text
            : text.substring(0, text.lastIndexOf(' ', 160) > 80 ? text.lastIndexOf(' ', 160) : 160)
                + " …";
    return HtmlUtils.htmlEscape(cut);
  }
}
