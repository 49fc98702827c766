package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A designer opens a decision table in dmn-js and a form in form-js from the studio's list, changes
 * it, sees a problem marked at its cell, saves, validates and publishes it.
 */
@IntegrationTest
class StudioEditorsBrowserIntegrationTests {

  /**
   * dmn-js leaves the header of its rule-number column empty (axe: empty-table-header). The column
   * is its own internals; the numbers in it are plain text and every other header is named.
   */
  static final String DMN_RULE_NUMBERS = "[data-studio-editor=decisions] th.index-column";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void closeWindowsAndRestoreTheShippedModels() {
    Browser.closeWindows();
    jdbc.update("DELETE FROM studio_model_draft");
    jdbc.update("DELETE FROM form_version");
    new Api(port)
        .as("designer")
        .post("/api/v1/decisions/incident-priority/rollback", "{\"version\":0}");
  }

  @Test
  void aDesignerChangesACellOfADecisionTableSeesItsProblemAndPublishesIt() {
    Page page = Browser.signIn(Browser.open(port), "designer");
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Edit the decision table incident-priority"))
        .click();
    assertThat(page).hasURL(Pattern.compile(".*/studio/decisions/incident-priority/edit$"));
    Locator firstOutput = page.locator("td[data-coords='0:2']");
    assertThat(firstOutput).containsText("\"P1\"");
    assertThat(page.locator(".bjs-powered-by").first()).isVisible();
    Accessibility.assertNoViolations(page, DMN_RULE_NUMBERS);

    retype(page, firstOutput, "now()");
    assertThat(page.locator("[data-studio-dirty]")).isVisible();
    button(page, "Validate").click();
    Locator problem =
        page.locator(
            "[data-studio-problems] button[data-problem='priority-high-high:incident-priority-output']");
    assertThat(problem).containsText("calls 'now()'");
    assertThat(page.locator("td.studio-problem-cell[data-coords='0:2']")).isVisible();

    retype(page, firstOutput, "\"P1\"");
    button(page, "Save draft").click();
    assertThat(page.locator("#studio-status")).hasText("Draft saved.");
    button(page, "Validate").click();
    assertThat(page.locator("#studio-status")).hasText("No problems: the model can be published.");
    button(page, "Publish").click();
    assertThat(page.locator("#studio-status")).containsText("Published as version");
    assertThat(Browser.consoleErrors(page)).isEmpty();
    Accessibility.assertNoViolations(page, DMN_RULE_NUMBERS);
  }

  @Test
  void aDesignerRelabelsAFieldOfAFormAndPublishesItsNextVersion() {
    Page page = Browser.signIn(Browser.open(port), "designer");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the form resume-work"))
        .click();
    assertThat(page).hasURL(Pattern.compile(".*/studio/forms/resume-work/edit$"));
    Locator field = page.locator(".fjs-element[data-field-type=textarea]").first();
    assertThat(field).isVisible();
    assertThat(page.locator(".fjs-powered-by").first()).isVisible();
    Accessibility.assertNoViolations(page);

    field.click();
    // The label is a FEEL-capable CodeMirror line in the General group: typed into, not filled.
    Locator label = page.locator("#bio-properties-panel-label");
    if (!label.isVisible()) {
      page.locator(
              ".bio-properties-panel-group-header", new Page.LocatorOptions().setHasText("General"))
          .first()
          .click();
    }
    label.click();
    page.keyboard().press("Control+A");
    page.keyboard().type("What the requester told us");
    page.keyboard().press("Tab");
    assertThat(page.locator("[data-studio-dirty]")).isVisible();
    button(page, "Validate").click();
    assertThat(page.locator("#studio-status")).hasText("No problems: the model can be published.");
    button(page, "Publish").click();
    assertThat(page.locator("#studio-status")).hasText("Published as version 2.");

    String published =
        new Api(port)
            .as("designer")
            .get("/api/v1/studio/forms/resume-work/draft")
            .json()
            .path("content")
            .asString();
    assertThat(published).contains("What the requester told us");
    assertThat(Browser.consoleErrors(page)).isEmpty();
    Accessibility.assertNoViolations(page);
  }

  /** Replaces the text of a table cell as a person would: click, select all, type. */
  private static void retype(Page page, Locator cell, String text) {
    Locator editable = cell.locator("[contenteditable]");
    editable.click();
    page.keyboard().press("Control+A");
    page.keyboard().type(text);
    page.locator("h1").click();
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }
}
