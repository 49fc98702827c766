package io.atumdesk.knowledge;

import java.util.List;

/**
 * What changed between two versions: the fields that differ (old and new value) and the body's
 * lines.
 */
public record ArticleDiff(int from, int to, List<FieldChange> fields, List<LineDiff.Line> body) {

  /** A field whose value differs between the two versions. */
  public record FieldChange(String field, String before, String after) {}
}
