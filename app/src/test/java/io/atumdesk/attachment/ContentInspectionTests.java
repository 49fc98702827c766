package io.atumdesk.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentInspectionTests {

  @TempDir Path directory;
  final ContentInspection inspection = new ContentInspection();

  @ParameterizedTest(name = "{0} containing \"{1}\" is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "notes.txt|hello world|text/plain",
        "data.csv|a,b;1,2|text/plain",
        "config.json|{\"a\": 1}|text/plain",
        "report.pdf|%PDF-1.4|application/pdf",
        "scan|%PDF-1.4|application/pdf",
        "page.html|<!DOCTYPE html><html></html>|text/html",
        "run.sh|#!/bin/sh echo hi|application/x-sh",
      })
  void passesContentThatIsWhatItsNameSays(String name, String content, String type)
      throws IOException {
    Inspection verdict = inspect(name, content);

    assertThat(verdict.passed()).as(verdict.quarantineReason()).isTrue();
    assertThat(verdict.mediaType()).isEqualTo(type);
  }

  @ParameterizedTest(name = "{0} containing \"{1}\" is refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "invoice.pdf|<html><body>pay here</body></html>",
        "notes.txt|<!DOCTYPE html><html></html>",
        "photo.png|MZ\u0090\u0000\u0003",
        "photo.png|not a picture at all",
        "data.xml|<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>",
      })
  void quarantinesContentThatIsNotWhatItsNameSays(String name, String content) throws IOException {
    Inspection verdict = inspect(name, content);

    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.quarantineReason()).contains("'" + name + "'", verdict.mediaType());
  }

  private Inspection inspect(String name, String content) throws IOException {
    Path file = directory.resolve("upload");
    Files.write(file, content.getBytes(StandardCharsets.ISO_8859_1));
    return inspection.inspect(file, SafeFilename.of(name));
  }
}
