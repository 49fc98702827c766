package io.atumdesk.decision.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Refuses tables that would reach outside FEEL. Kie lets a FEEL function be "external" and call any
 * Java method (or a PMML model); an uploaded table must never do that, so such definitions are
 * refused before compiling. FEEL itself has no file or network access.
 */
final class DmnSafety {

  private static final Pattern EXTERNAL_FEEL_FUNCTION =
      Pattern.compile("function\\s*\\([^)]*\\)\\s*external\\b");
  private static final Pattern FOREIGN_FUNCTION_KIND =
      Pattern.compile("<(\\w+:)?functionDefinition\\b[^>]*\\bkind\\s*=\\s*\"(Java|PMML|J|P)\"");

  private DmnSafety() {}

  static void requireNoExternalFunctions(String source, byte[] xml) {
    String text = new String(xml, StandardCharsets.UTF_8);
    if (EXTERNAL_FEEL_FUNCTION.matcher(text).find() || FOREIGN_FUNCTION_KIND.matcher(text).find()) {
      throw new DecisionTableCompilationException(
          source, "it defines an external (Java or PMML) function, which tables may not call");
    }
  }
}
