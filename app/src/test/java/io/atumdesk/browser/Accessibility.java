package io.atumdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;

/** Runs axe-core (from npm, injected into every page) and fails on any WCAG A/AA violation. */
public final class Accessibility {

  private Accessibility() {}

  @SuppressWarnings("unchecked")
  public static void assertNoViolations(Page page) {
    Object result =
        page.evaluate(
            """
            async () => {
              const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }
              });
              return result.violations.map(v => ({
                id: v.id,
                help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)
              }));
            }
            """);
    List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
    assertThat(violations).as("axe-core violations on " + page.url()).isEmpty();
  }
}
