package io.atumdesk.cmdb;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** The kinds of value a custom attribute holds, and how a submitted value is read as one. */
public enum AttributeKind {
  TEXT,
  NUMBER,
  DATE,
  BOOLEAN,
  CHOICE;

  static final int MAX_TEXT = 1000;

  /**
   * The value as stored: text, a number, an ISO date as text, true or false, or one of the options.
   *
   * @throws IllegalArgumentException with what a valid value looks like
   */
  Object read(Object raw, List<String> options) {
    String text = raw instanceof String s ? s.strip() : String.valueOf(raw);
    return switch (this) {
      case TEXT -> {
        if (text.length() > MAX_TEXT) {
          throw new IllegalArgumentException("must be at most " + MAX_TEXT + " characters");
        }
        yield text;
      }
      case NUMBER -> number(raw, text);
      case DATE -> date(text);
      case BOOLEAN -> bool(raw, text);
      case CHOICE -> {
        if (!options.contains(text)) {
          throw new IllegalArgumentException("must be one of " + String.join(", ", options));
        }
        yield text;
      }
    };
  }

  private static Object number(Object raw, String text) {
    if (raw instanceof Number number) {
      return number;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("must be a number such as 42 or 3.5");
    }
  }

  private static String date(String text) {
    try {
      return LocalDate.parse(text).toString();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("must be a date written as 2026-11-28");
    }
  }

  private static Boolean bool(Object raw, String text) {
    if (raw instanceof Boolean b) {
      return b;
    }
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> throw new IllegalArgumentException("must be true or false");
    };
  }
}
