package io.atumdesk.cmdb.web;

import io.atumdesk.cmdb.CmdbImport;
import io.atumdesk.cmdb.ImportReport;
import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** CSV import of items and relations, with its kept report of rejected rows. */
@RestController
@Tag(name = "CMDB")
class CiImportController {

  private static final String IMPORTS = "/api/v1/cis/imports";

  private final CmdbImport imports;

  CiImportController(CmdbImport imports) {
    this.imports = imports;
  }

  @PostMapping(value = "/api/v1/cis/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Import items (part 'cis': type,name,state,owner,criticality,attr.<name>) and optionally"
              + " relations (part 'relations': source,relation,target); admins. Valid rows are"
              + " taken, the others reported with row, column and reason")
  ResponseEntity<ImportReport> importCsv(
      Actor actor,
      @RequestPart(name = "cis", required = false) MultipartFile cis,
      @RequestPart(name = "relations", required = false) MultipartFile relations) {
    if (cis == null || cis.isEmpty()) {
      throw new InvalidInputException("cis", "is required: a CSV file of items with a header row");
    }
    try (InputStream items = cis.getInputStream();
        InputStream related =
            relations == null || relations.isEmpty() ? null : relations.getInputStream()) {
      ImportReport report = imports.importCsv(actor, items, related);
      return ResponseEntity.created(URI.create(IMPORTS + "/" + report.id())).body(report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping(IMPORTS + "/{id}")
  @Operation(summary = "A kept import report")
  ImportReport report(Actor actor, @PathVariable long id) {
    return imports.report(actor, id);
  }
}
