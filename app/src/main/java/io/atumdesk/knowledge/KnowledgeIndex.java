package io.atumdesk.knowledge;

import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The names of the article index and its fields, and the two language analyzers (Lucene's English
 * and German analyzers: stop words, possessives, Porter and German light stemming). Configured for
 * this index only in {@code application.yml}, so other indexes keep their own analysis.
 */
public class KnowledgeIndex implements LuceneAnalysisConfigurer {

  static final String NAME = "knowledge-article";
  static final String ENGLISH = "knowledge-english";
  static final String GERMAN = "knowledge-german";
  static final String TITLE_EN = "title_en";
  static final String TITLE_DE = "title_de";
  static final String BODY_EN = "body_en";
  static final String BODY_DE = "body_de";
  static final String TAGS = "tags";
  static final String TAGS_TEXT = "tags_text";
  static final String CATEGORY = "category";
  static final String LANGUAGE = "language";
  static final String AUDIENCE = "audience";
  static final String STATUS = "status";
  static final String EMBEDDING = "embedding";

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context.analyzer(ENGLISH).instance(new EnglishAnalyzer());
    context.analyzer(GERMAN).instance(new GermanAnalyzer());
  }
}
