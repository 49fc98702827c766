package io.atumdesk.cmdb;

import io.atumdesk.cmdb.ImportReport.Rejection;
import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import java.io.InputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of items and relations: every valid row is taken, every other row is rejected with its
 * row number, column and reason, and the report is kept. Importing the same file twice changes
 * nothing the second time: items are matched by type and name.
 */
@Service
public class CmdbImport {

  private final ItemRows itemRows;
  private final RelationRows relationRows;
  private final CiImports imports;
  private final CiImportRejections rejections;
  private final CmdbProperties properties;
  private final Clock clock;

  CmdbImport(
      ItemRows itemRows,
      RelationRows relationRows,
      CiImports imports,
      CiImportRejections rejections,
      CmdbProperties properties,
      Clock clock) {
    this.itemRows = itemRows;
    this.relationRows = relationRows;
    this.imports = imports;
    this.rejections = rejections;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * @param cis the items file; header {@code type,name,state,owner,criticality,attr.<name>...}
   * @param relations the relations file ({@code source,relation,target}), or null
   * @throws InvalidInputException if a file cannot be read at all (then nothing is imported)
   */
  @Transactional
  public ImportReport importCsv(Actor actor, InputStream cis, InputStream relations) {
    CmdbAccess.requireWriter(actor);
    if (cis == null) {
      throw new InvalidInputException(ItemRows.FILE, "is required: a CSV file of items");
    }
    int max = properties.importMaxRows();
    List<CsvRows.Row> itemLines =
        CsvRows.read(ItemRows.FILE, cis, ItemRows.REQUIRED, ItemRows.KNOWN, true, max);
    List<CsvRows.Row> relationLines =
        relations == null
            ? List.of()
            : CsvRows.read(
                RelationRows.FILE,
                relations,
                RelationRows.COLUMNS,
                RelationRows.COLUMNS,
                false,
                max);
    List<Rejection> rejected = new ArrayList<>();
    int[] outcomes = new int[ItemRows.Outcome.values().length];
    for (CsvRows.Row row : itemLines) {
      outcomes[itemRows.take(actor.tenantId(), row, rejected).ordinal()]++;
    }
    int added = 0;
    for (CsvRows.Row row : relationLines) {
      added += relationRows.take(actor.tenantId(), actor.username(), row, rejected) ? 1 : 0;
    }
    int rejectedRows =
        outcomes[ItemRows.Outcome.REJECTED.ordinal()]
            + (int)
                rejected.stream()
                    .filter(r -> r.file().equals(RelationRows.FILE))
                    .map(Rejection::row)
                    .distinct()
                    .count();
    var counts =
        new ImportReport.Counts(
            outcomes[ItemRows.Outcome.CREATED.ordinal()],
            outcomes[ItemRows.Outcome.UPDATED.ordinal()],
            outcomes[ItemRows.Outcome.UNCHANGED.ordinal()],
            added,
            rejectedRows);
    CiImport kept =
        imports.saveAndFlush(
            new CiImport(
                actor.tenantId(),
                actor.username(),
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                counts));
    rejections.saveAll(
        rejected.stream().map(r -> new CiImportRejection(actor.tenantId(), kept.id(), r)).toList());
    return kept.report(rejected);
  }

  /** A kept import report. */
  @Transactional(readOnly = true)
  public ImportReport report(Actor actor, long id) {
    CmdbAccess.requireReader(actor);
    CiImport kept =
        imports
            .findByTenantIdAndId(actor.tenantId(), id)
            .orElseThrow(() -> new NotFoundException("Import", id));
    return kept.report(
        rejections
            .findByTenantIdAndImportIdOrderByFileNameAscLineNumberAsc(actor.tenantId(), id)
            .stream()
            .map(CiImportRejection::view)
            .toList());
  }
}
