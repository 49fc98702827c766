package io.atumdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;

/** Runs axe-core (from npm, injected into every page) and fails on any WCAG A/AA violation. */
public final class Accessibility {

  private Accessibility() {}

  public static void assertNoViolations(Page page) {
    assertNoViolations(page, new String[0]);
  }

  /**
   * The same, leaving out the nodes matching {@code excluded}: only a third-party editor's own
   * internals, each named with the rule and the reason where it is used.
   */
  @SuppressWarnings("unchecked")
  public static void assertNoViolations(Page page, String... excluded) {
    Object result =
        page.evaluate(
            """
            async (excluded) => {
              const context = excluded.length ? { exclude: excluded.map(s => [s]) } : document;
              const result = await axe.run(context, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }
              });
              return result.violations.map(v => ({
                id: v.id,
                help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)
              }));
            }
            """,
            List.of(excluded));
    List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
    assertThat(violations).as("axe-core violations on %s: %s", page.url(), violations).isEmpty();
  }
}
