package io.atumdesk.assist.panel;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words and phrases customers use when they are fed up, in English and German, plus the two ways of
 * raising one's voice in writing: runs of exclamation marks and words in capitals. Deliberately
 * small and readable: a score that an agent can check by reading the message.
 */
final class FrustrationLexicon {

  private static final List<String> TERMS =
      List.of(
          // English
          "unacceptable",
          "ridiculous",
          "frustrated",
          "frustrating",
          "annoyed",
          "angry",
          "furious",
          "useless",
          "terrible",
          "awful",
          "disappointed",
          "worst",
          "still not",
          "still broken",
          "still waiting",
          "yet again",
          "third time",
          "nobody",
          "no one",
          "waste of time",
          "fed up",
          "sick of",
          "complaint",
          "escalate",
          // German
          "inakzeptabel",
          "unverschämt",
          "lächerlich",
          "frustriert",
          "frustrierend",
          "ärgerlich",
          "verärgert",
          "wütend",
          "nutzlos",
          "katastrophe",
          "enttäuscht",
          "immer noch",
          "schon wieder",
          "zum dritten mal",
          "niemand",
          "zeitverschwendung",
          "reicht mir",
          "beschwerde",
          "eskalieren");

  private static final Pattern TERM =
      Pattern.compile(
          "(?<!\\p{L})("
              + TERMS.stream().map(Pattern::quote).collect(Collectors.joining("|"))
              + ")(?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern EXCLAMATIONS = Pattern.compile("!{2,}|[!?]{3,}");
  private static final Pattern SHOUTED_WORD = Pattern.compile("(?<!\\p{L})\\p{Lu}{4,}(?!\\p{L})");

  /** What the scan found in one text. */
  record Findings(Set<String> terms, int exclamationRuns, int shoutedWords) {

    int hits() {
      return terms.size() + exclamationRuns + (shoutedWords >= 2 ? 1 : 0);
    }
  }

  private FrustrationLexicon() {}

  /** Scans the first {@code limit} characters of the text; huge texts cost no more than that. */
  static Findings scan(String text, int limit) {
    if (text == null || text.isBlank()) {
      return new Findings(Set.of(), 0, 0);
    }
    String head = text.length() > limit ? text.substring(0, limit) : text;
    Set<String> terms = new LinkedHashSet<>();
    Matcher term = TERM.matcher(head);
    while (term.find()) {
      terms.add(term.group(1).toLowerCase(Locale.ROOT));
    }
    return new Findings(terms, count(EXCLAMATIONS, head), count(SHOUTED_WORD, head));
  }

  private static int count(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
