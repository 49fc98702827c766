package io.atumdesk.attachment;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A file name safe to show and to offer in a download on any system: no directories, no control or
 * bidi characters, none of the characters or device names Windows reserves, at most {@value
 * #MAX_LENGTH} characters with the extension kept. The stored file never uses it: files are named
 * by their hash.
 */
record SafeFilename(String value) {

  static final int MAX_LENGTH = 150;
  private static final String FALLBACK = "attachment";
  private static final Pattern RESERVED_CHARACTERS = Pattern.compile("[<>:\"|?*]");
  private static final Pattern DEVICE_NAMES =
      Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9]|clock\\$)");

  static SafeFilename of(String original) {
    if (original == null) {
      return new SafeFilename(FALLBACK);
    }
    String name = Normalizer.normalize(original, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = withoutInvisibles(name);
    name = RESERVED_CHARACTERS.matcher(name).replaceAll("_");
    name = trimDotsAndSpaces(name);
    if (name.isEmpty()) {
      return new SafeFilename(FALLBACK);
    }
    int dot = name.indexOf('.');
    String base = dot < 0 ? name : name.substring(0, dot);
    if (DEVICE_NAMES.matcher(base.trim()).matches()) {
      name = "_" + name;
    }
    return new SafeFilename(shortened(name));
  }

  /** Drops control characters and formatting ones such as U+202E, which can fake an extension. */
  private static String withoutInvisibles(String name) {
    StringBuilder out = new StringBuilder(name.length());
    name.codePoints()
        .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** Windows drops trailing dots and spaces; a leading dot hides a file on Unix. */
  private static String trimDotsAndSpaces(String name) {
    return name.replaceAll("^[.\\s]+|[.\\s]+$", "");
  }

  private static String shortened(String name) {
    if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
    String base = name.substring(0, name.length() - extension.length());
    int keep = MAX_LENGTH - extension.length();
    return base.substring(0, base.offsetByCodePoints(0, keep)) + extension;
  }
}
