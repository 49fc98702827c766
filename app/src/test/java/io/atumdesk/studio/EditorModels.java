package io.atumdesk.studio;

import static io.atumdesk.studio.StudioModels.json;

import io.atumdesk.Api;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decision tables, forms and zips for the studio's editor and transfer tests, made from the shipped
 * ones by small, named edits; and the clean-up that leaves the tenants as other tests expect them.
 */
final class EditorModels {

  static final String DECISIONS = "/api/v1/studio/decisions/";
  static final String FORMS = "/api/v1/studio/forms/";

  private EditorModels() {}

  static String shippedTable(String id) {
    return resource("/rules/" + id + ".dmn");
  }

  static String shippedForm(String key) {
    return resource("/forms/" + key + ".form");
  }

  /** resume-work with a second, optional field. */
  static String resumeWorkWithContact() {
    return shippedForm("resume-work")
        .replace(
            "  ]\n}",
            """
              ,{
                  "type": "textfield",
                  "id": "contactField",
                  "key": "contact",
                  "label": "How to reach the requester"
                }
              ]
            }""");
  }

  static String body(String content, int revision) {
    return "{\"content\":" + json(content) + ",\"revision\":" + revision + "}";
  }

  static String content(String content) {
    return "{\"content\":" + json(content) + "}";
  }

  static byte[] zip(Map<String, byte[]> entries) {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      for (var entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Map<String, String> unzip(byte[] zip) {
    Map<String, String> entries = new LinkedHashMap<>();
    try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /** No drafts or form versions, and every tenant evaluating the shipped tables again. */
  static void cleanUp(JdbcTemplate jdbc, Api acme, Api globex) {
    jdbc.update("DELETE FROM studio_model_draft");
    jdbc.update("DELETE FROM form_version");
    for (Api designer : new Api[] {acme, globex}) {
      for (String table : new String[] {"incident-priority", "incident-routing"}) {
        designer.post("/api/v1/decisions/" + table + "/rollback", "{\"version\":0}");
      }
      StudioCleanup.backToShipped(designer, "incident");
    }
  }

  private static String resource(String path) {
    try (InputStream in = EditorModels.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
