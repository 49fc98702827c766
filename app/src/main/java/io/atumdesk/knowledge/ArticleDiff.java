package io.atumdesk.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two versions: the fields that differ (old and new value) and the body's
 * lines.
 */
public record ArticleDiff(int from, int to, List<FieldChange> fields, List<LineDiff.Line> body) {

  /** A field whose value differs between the two versions. */
  public record FieldChange(String field, String before, String after) {}

  static ArticleDiff between(int from, ArticleContent older, int to, ArticleContent newer) {
    List<FieldChange> fields = new ArrayList<>();
    field(fields, "title", older.title(), newer.title());
    field(fields, "category", older.category(), newer.category());
    field(fields, "tags", String.join(", ", older.tags()), String.join(", ", newer.tags()));
    field(fields, "language", older.language(), newer.language());
    field(fields, "audience", older.audience().name(), newer.audience().name());
    return new ArticleDiff(from, to, fields, LineDiff.between(older.body(), newer.body()));
  }

  private static void field(List<FieldChange> out, String name, String before, String after) {
    if (!Objects.equals(before, after)) {
      out.add(new FieldChange(name, before, after));
    }
  }
}
