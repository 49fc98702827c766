package io.atumdesk.connectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The SPF, DKIM and DMARC results a receiving server wrote into {@code Authentication-Results} (RFC
 * 8601). Only a header whose authserv-id the admin trusts counts, and of those the topmost (the
 * last hop's): anyone can write such a header into a mail, so one from elsewhere is ignored. A
 * result is the method's lower-case result word ({@code pass}, {@code fail}, {@code softfail},
 * {@code none}, ...) or null when no trusted header gave one.
 */
public record SenderAuthentication(String authservId, String spf, String dkim, String dmarc) {

  public static final SenderAuthentication UNKNOWN =
      new SenderAuthentication(null, null, null, null);

  public boolean dmarcFailed() {
    return "fail".equals(dmarc);
  }

  /** Reads the trusted results out of a raw mail's header. */
  public static SenderAuthentication of(byte[] raw, Collection<String> trustedIds) {
    try {
      String[] values =
          new InternetHeaders(new ByteArrayInputStream(raw)).getHeader("Authentication-Results");
      return values == null ? UNKNOWN : of(List.of(values), trustedIds);
    } catch (MessagingException e) {
      return UNKNOWN;
    }
  }

  /** Reads the first header value, topmost first, whose authserv-id is trusted. */
  public static SenderAuthentication of(List<String> headerValues, Collection<String> trustedIds) {
    Set<String> trusted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    trusted.addAll(trustedIds);
    for (String value : headerValues) {
      List<String> parts = parts(withoutComments(value.replaceAll("\\r?\\n[ \\t]+", " ")));
      if (parts.isEmpty()) {
        continue;
      }
      // authserv-id [version]; the first part holds no "=" unless the server left the id out.
      String id = parts.get(0).contains("=") ? "" : parts.get(0).split("\\s+")[0];
      if (!id.isEmpty() && trusted.contains(id)) {
        return new SenderAuthentication(
            id, result(parts, "spf"), dkim(parts), result(parts, "dmarc"));
      }
    }
    return UNKNOWN;
  }

  private static String result(List<String> parts, String method) {
    List<String> all = results(parts, method);
    return all.isEmpty() ? null : all.get(0);
  }

  /** A mail may carry several DKIM signatures: one that passes is enough. */
  private static String dkim(List<String> parts) {
    List<String> all = results(parts, "dkim");
    return all.contains("pass") ? "pass" : all.isEmpty() ? null : all.get(0);
  }

  private static List<String> results(List<String> parts, String method) {
    List<String> results = new ArrayList<>();
    for (String part : parts) {
      String[] tokens = part.trim().split("\\s+");
      String[] pair = tokens[0].split("=", 2);
      String name = pair[0].split("/")[0].toLowerCase(Locale.ROOT);
      if (pair.length == 2 && name.equals(method) && !pair[1].isBlank()) {
        results.add(pair[1].toLowerCase(Locale.ROOT));
      }
    }
    return results;
  }

  private static List<String> parts(String value) {
    List<String> parts = new ArrayList<>();
    for (String part : value.split(";")) {
      if (!part.isBlank()) {
        parts.add(part.trim());
      }
    }
    return parts;
  }

  /** Drops RFC 5322 comments, nested or not, and quoted text's special meaning is kept. */
  private static String withoutComments(String value) {
    StringBuilder out = new StringBuilder(value.length());
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        if (depth == 0) {
          out.append(c).append(value.charAt(i + 1));
        }
        i++;
      } else if (c == '"' && depth == 0) {
        quoted = !quoted;
        out.append(c);
      } else if (c == '(' && !quoted) {
        depth++;
      } else if (c == ')' && !quoted && depth > 0) {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
