package io.atumdesk.knowledge;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Article bodies are CommonMark. Raw HTML in them is escaped by the renderer, and what it renders
 * is sanitized again anyway (links get {@code rel="nofollow noopener"}), so a body never carries a
 * script into a page.
 */
final class Markdown {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.LINKS)
          .and(Sanitizers.TABLES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("pre", "code", "hr", "br", "del")
                  .allowAttributes("class")
                  .matching(
                      false, java.util.Set.of("language-bash", "language-shell", "language-text"))
                  .onElements("code")
                  .toFactory());

  private Markdown() {}

  static String html(String markdown) {
    return POLICY.sanitize(HTML.render(PARSER.parse(markdown == null ? "" : markdown)));
  }

  static String plainText(String markdown) {
    return markdown == null ? "" : TEXT.render(PARSER.parse(markdown)).strip();
  }
}
