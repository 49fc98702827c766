package io.atumdesk.cmdb;

import java.time.Instant;
import java.util.List;

/** What an import did: counts, and every rejected row with its reason, in file order. */
public record ImportReport(
    Long id, String importedBy, Instant importedAt, Counts counts, List<Rejection> rejected) {

  public ImportReport {
    rejected = List.copyOf(rejected);
  }

  /**
   * @param created new items
   * @param updated existing items (same type and name) whose fields changed
   * @param unchanged existing items the row described as they were
   * @param relations new relations
   * @param rejected rows not taken, of both files
   */
  public record Counts(int created, int updated, int unchanged, int relations, int rejected) {}

  /**
   * @param file {@code cis} or {@code relations}
   * @param row the row as a spreadsheet shows it: the header is row 1
   * @param column the column at fault, or null when the row as a whole was refused
   */
  public record Rejection(String file, int row, String column, String reason) {}
}
