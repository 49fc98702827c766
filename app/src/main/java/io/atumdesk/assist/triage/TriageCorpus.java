package io.atumdesk.assist.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled corpus shipped in {@code assist/triage-corpus.jsonl} (made by {@code
 * generate_triage_corpus.py} beside it): realistic tickets over the demo's categories in English,
 * German, French and Spanish, with typos. It seeds the demo tenants' models and is what the
 * evaluation measures against.
 */
public final class TriageCorpus {

  static final String RESOURCE = "/assist/triage-corpus.jsonl";

  /** One ticket of the corpus with its labels. */
  public record Ticket(
      int id,
      String language,
      String subject,
      String description,
      String category,
      String priority,
      String assignmentGroup) {

    public String text() {
      return TriageText.of(subject, description);
    }
  }

  private TriageCorpus() {}

  public static List<Ticket> load() {
    JsonMapper json = JsonMapper.builder().build();
    try (var in = TriageCorpus.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader
          .lines()
          .filter(line -> !line.isBlank())
          .map(line -> json.readValue(line, Ticket.class))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
