package io.atumdesk.studio;

import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The studio's zip: {@code processes/<key>.bpmn20.xml}, {@code rules/<id>.dmn} and {@code
 * forms/<key>.form}, the layout of the repository's folders. Reading it is bounded before anything
 * is inflated further: so many entries, so many bytes each and in all, and no entry inflating more
 * than a hundredfold (a zip bomb). A name outside the layout, with "..", a leading "/" or a
 * backslash is refused by name.
 */
final class ModelArchive {

  static final int MAX_ARCHIVE = 10 * 1024 * 1024;
  static final int MAX_ENTRIES = 200;
  static final long MAX_TOTAL = 20L * 1024 * 1024;
  static final int MAX_RATIO = 100;

  private static final Pattern LAYOUT =
      Pattern.compile(
          "(processes|rules|forms)/([A-Za-z0-9][A-Za-z0-9_-]{0,99})(\\.bpmn20\\.xml|\\.dmn|\\.form)");

  private ModelArchive() {}

  /** One model in the zip: its folder's kind, key (the file name without suffix) and content. */
  record Entry(String name, Kind kind, String key, byte[] content) {}

  /** What a folder holds. */
  enum Kind {
    PROCESS("processes", ".bpmn20.xml"),
    DECISION("rules", ".dmn"),
    FORM("forms", ".form");

    final String folder;
    final String suffix;

    Kind(String folder, String suffix) {
      this.folder = folder;
      this.suffix = suffix;
    }

    String path(String key) {
      return folder + "/" + key + suffix;
    }
  }

  static byte[] write(List<Entry> entries) {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      for (Entry entry : entries) {
        zip.putNextEntry(new ZipEntry(entry.kind().path(entry.key())));
        zip.write(entry.content());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new IllegalStateException("Writing a zip in memory failed", e);
    }
    return bytes.toByteArray();
  }

  /**
   * @param maxEntrySize the largest a model may be (the studio's model size limit)
   * @throws InvalidInputException naming the entry that breaks a rule
   */
  static List<Entry> read(byte[] zip, long maxEntrySize) {
    if (zip == null || zip.length == 0) {
      throw new InvalidInputException("file", "is empty; send the zip an export gave");
    }
    if (zip.length > MAX_ARCHIVE) {
      throw new InvalidInputException(
          "file",
          "is %d KB; a zip may be at most %d KB".formatted(zip.length / 1024, MAX_ARCHIVE / 1024));
    }
    List<Entry> entries = new ArrayList<>();
    long total = 0;
    try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        String name = entry.getName();
        if (entry.isDirectory()) {
          requireFolder(name);
          continue;
        }
        if (entries.size() == MAX_ENTRIES) {
          throw refused(name, "the zip holds more than " + MAX_ENTRIES + " files");
        }
        Matcher layout = layout(name);
        byte[] content = readBounded(in, name, maxEntrySize);
        long compressed = entry.getCompressedSize();
        if (content.length > 1024 && compressed > 0 && content.length / compressed > MAX_RATIO) {
          throw refused(
              name,
              "inflates %d-fold; at most %d-fold is accepted"
                  .formatted(content.length / compressed, MAX_RATIO));
        }
        total += content.length;
        if (total > MAX_TOTAL) {
          throw refused(name, "the zip inflates to more than " + MAX_TOTAL / 1024 / 1024 + " MB");
        }
        entries.add(new Entry(name, kind(layout.group(1)), layout.group(2), content));
      }
    } catch (ZipException e) {
      throw new InvalidInputException("file", "is not a readable zip: " + e.getMessage());
    } catch (IOException e) {
      throw new InvalidInputException("file", "is not a readable zip: " + e.getMessage());
    }
    if (entries.isEmpty()) {
      throw new InvalidInputException(
          "file", "holds no models; expected processes/, rules/ and forms/ as in an export");
    }
    return entries;
  }

  private static Matcher layout(String name) {
    if (name.contains("..") || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
      throw refused(
          name,
          "points outside the archive; paths may not contain '..', '/' at the start, '\\' or ':'");
    }
    Matcher layout = LAYOUT.matcher(name);
    if (!layout.matches()) {
      throw refused(
          name,
          "is not a model file; expected processes/<key>.bpmn20.xml, rules/<id>.dmn or forms/<key>.form");
    }
    return layout;
  }

  private static void requireFolder(String name) {
    if (!List.of("processes/", "rules/", "forms/").contains(name)) {
      layout(name);
    }
  }

  /** Reads at most {@code limit} bytes; one more means the entry is too large. */
  private static byte[] readBounded(InputStream in, String name, long limit) throws IOException {
    byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (content.length > limit) {
      throw refused(name, "is larger than %d KB".formatted(limit / 1024));
    }
    return content;
  }

  private static Kind kind(String folder) {
    return switch (folder) {
      case "processes" -> Kind.PROCESS;
      case "rules" -> Kind.DECISION;
      default -> Kind.FORM;
    };
  }

  static InvalidInputException refused(String entry, String why) {
    return new InvalidInputException(
        "The zip entry '" + entry + "' " + why + ".", List.of(new FieldProblem(entry, why)));
  }
}
