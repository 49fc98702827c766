package io.atumdesk.chat;

import io.atumdesk.core.InvalidInputException;
import java.util.regex.Pattern;

/**
 * A visitor starts a chat; name, e-mail and the first message are optional.
 *
 * @param visitor the id the widget keeps in the visitor's browser, or null for a new one
 * @param language the browser's language ({@code en}, {@code de})
 */
public record StartChat(String visitor, String name, String email, String language, String text) {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern VISITOR = Pattern.compile("[A-Za-z0-9_-]{16,40}");

  Visitor toVisitor() {
    if (name != null && name.length() > 200) {
      throw new InvalidInputException("name", "must be at most 200 characters");
    }
    if (email != null
        && !email.isBlank()
        && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
      throw new InvalidInputException("email", "must be an e-mail address like ana@example.com");
    }
    String id =
        visitor != null && VISITOR.matcher(visitor).matches() ? visitor : Secrets.random(16);
    String lang = "de".equalsIgnoreCase(language) ? "de" : "en";
    return new Visitor(id, blankToNull(name), blankToNull(email), lang);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
