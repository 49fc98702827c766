package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.atumdesk.IntegrationTest;
import io.atumdesk.workflow.DryRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A designer dry-runs the incident process from the studio: the path is marked on the diagram and
 * listed, the decisions show with their inputs, the waiting task is completed from the page, and
 * closing the run removes it. No ticket results. Then the comparison of versions, marked and
 * listed.
 */
@IntegrationTest
class StudioDryRunBrowserIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired DryRuns dryRuns;

  @AfterEach
  void closeWindows() {
    Browser.closeWindows();
  }

  @Test
  void aDesignerDryRunsTheDraftAndSeesThePath() {
    long tickets = jdbc.queryForObject("SELECT COUNT(*) FROM ticket", Long.class);
    long sandboxes = dryRuns.open("acme");
    Page page = Browser.signIn(Browser.open(port), "designer");
    page.navigate("/studio/processes/incident/edit");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dry-run the draft")).click();

    page.getByLabel("Impact").selectOption("HIGH");
    page.getByLabel("Urgency").selectOption("HIGH");
    Accessibility.assertNoViolations(page);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the dry run"))
        .click();

    assertThat(page.locator("#dry-run-status")).hasText("The run waits at 1 task(s).");
    assertThat(page.locator("#dry-run-path li").last()).hasText("Resolve incident: waiting");
    assertThat(page.locator("[data-element-id=decidePriority].mark-passed")).hasCount(1);
    assertThat(page.locator("[data-element-id=resolveIncident].mark-waiting")).hasCount(1);
    assertThat(page.locator("#dry-run-actions")).containsText("impact = HIGH");
    assertThat(page.locator("#dry-run-actions")).containsText("not run in a dry run");
    assertThat(page.locator(".bjs-powered-by")).isVisible();
    Accessibility.assertNoViolations(page);

    page.getByLabel("Value").first().fill("resolved");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete the task"))
        .click();
    assertThat(page.locator("#dry-run-path")).containsText("Confirm the resolution: waiting");
    assertThat(page.locator("[data-element-id=resolved].mark-passed")).hasCount(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket", Long.class)).isEqualTo(tickets);
    assertThat(Browser.consoleErrors(page)).isEmpty();

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the dry run"))
        .click();
    assertThat(
            page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the dry run")))
        .isVisible();
    assertThat(dryRuns.open("acme")).isEqualTo(sandboxes);
  }

  @Test
  void theComparisonListsAndColoursTheChanges() {
    Page page = Browser.signIn(Browser.open(port), "designer");
    page.navigate("/studio/processes/incident/compare?from=current&to=current");
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .containsText("compare versions");
    assertThat(page.locator("main")).containsText("The two models do the same");
    assertThat(page.locator(".bjs-powered-by").first()).isVisible();
    Accessibility.assertNoViolations(page);
    page.navigate("/studio/processes/incident/migrate");
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .containsText("move running tickets");
    Accessibility.assertNoViolations(page);
    assertThat(Browser.consoleErrors(page)).isEmpty();
  }
}
