package io.atumdesk.core;

/**
 * Names that become part of a URL, such as an inbound webhook source's or an alert source's: 3 to
 * 100 lower-case letters, digits and dashes, starting with a letter or digit, so they never need
 * escaping and cannot be confused with another path.
 */
public final class PathKeys {

  private PathKeys() {}

  /** The key without surrounding blanks; refused, naming {@code field}, when it does not fit. */
  public static String require(String field, String key) {
    String stripped = key == null ? "" : key.strip();
    if (!stripped.matches("[a-z0-9][a-z0-9-]{2,99}")) {
      throw new InvalidInputException(
          field, "3 to 100 lower-case letters, digits and dashes, starting with a letter or digit");
    }
    return stripped;
  }
}
