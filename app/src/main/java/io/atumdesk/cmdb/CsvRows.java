package io.atumdesk.cmdb;

import io.atumdesk.core.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** One uploaded CSV file read into rows by header name, refused whole when it cannot be read. */
final class CsvRows {

  /** A data row: its number as a spreadsheet shows it (header = 1) and its cells by column. */
  record Row(int number, Map<String, String> cells) {
    String cell(String column) {
      String value = cells.get(column);
      return value == null || value.isBlank() ? null : value.strip();
    }
  }

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setIgnoreSurroundingSpaces(true)
          .get();

  private CsvRows() {}

  /**
   * @param file the part's name, for messages
   * @param required the columns it must have
   * @param known the columns it may have besides {@code attr.<name>} ones when {@code attributes}
   * @throws InvalidInputException naming the file and what is wrong with it
   */
  static List<Row> read(
      String file,
      InputStream in,
      Set<String> required,
      Set<String> known,
      boolean attributes,
      int maxRows) {
    try (CSVParser parser =
        CSVParser.builder()
            .setReader(new InputStreamReader(in, StandardCharsets.UTF_8))
            .setFormat(FORMAT)
            .get()) {
      List<String> header =
          parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "")).toList();
      checkHeader(file, header, required, known, attributes);
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        if (rows.size() == maxRows) {
          throw new InvalidInputException(
              file, "has more than " + maxRows + " rows; split it into several imports");
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
          cells.put(header.get(i), record.get(i));
        }
        rows.add(new Row(rows.size() + 2, cells));
      }
      return rows;
    } catch (IOException
        | UncheckedIOException
        | IllegalStateException
        | IllegalArgumentException e) {
      throw new InvalidInputException(
          file, "is no readable CSV (UTF-8, comma-separated, a header row first): " + reason(e));
    }
  }

  private static void checkHeader(
      String file,
      List<String> header,
      Set<String> required,
      Set<String> known,
      boolean attributes) {
    for (String column : required) {
      if (!header.contains(column)) {
        throw new InvalidInputException(
            file,
            "lacks the column '"
                + column
                + "'; its header row must name "
                + String.join(",", required));
      }
    }
    for (String column : header) {
      boolean attribute = attributes && column.startsWith("attr.") && column.length() > 5;
      if (!known.contains(column) && !attribute) {
        throw new InvalidInputException(
            file,
            "has an unknown column '%s'; columns are %s%s"
                .formatted(
                    column.length() > 40 ? column.substring(0, 40) + "…" : column,
                    String.join(", ", known),
                    attributes ? " and attr.<name>" : ""));
      }
    }
  }

  private static String reason(Exception e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String message = cause.getMessage() == null ? "malformed" : cause.getMessage();
    return message.length() > 200 ? message.substring(0, 200) + "…" : message;
  }
}
