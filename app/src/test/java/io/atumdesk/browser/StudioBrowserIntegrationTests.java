package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import io.atumdesk.studio.StudioCleanup;
import java.util.regex.Pattern;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A designer changes the incident process in the studio's modeler: adds a user task for the service
 * desk with a form through the properties panel, validates, publishes, and the next ticket waits at
 * the new task.
 */
@IntegrationTest
class StudioBrowserIntegrationTests {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;

  @AfterEach
  void closeWindowsAndRestoreTheShippedProcess() {
    Browser.closeWindows();
    StudioCleanup.backToShipped(new Api(port).as("designer"), "incident");
  }

  @Test
  void aDesignerAddsAStepPublishesItAndTheNextTicketWaitsThere() {
    Page page = Browser.signIn(Browser.open(port), "designer");
    assertThat(page).hasURL(Pattern.compile(".*/studio$"));
    Accessibility.assertNoViolations(page);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the process Incident"))
        .click();
    Locator startSla = page.locator(".djs-element[data-element-id='startSla']");
    assertThat(startSla).isVisible();
    assertThat(page.locator(".bjs-powered-by")).isVisible();
    Accessibility.assertNoViolations(page);

    startSla.click();
    page.locator(".djs-context-pad [data-action='append.append-task']").click();
    page.keyboard().press("Escape");
    page.locator(".djs-context-pad [data-action='replace']").click();
    page.locator(".djs-popup [data-id='replace-with-user-task']").click();
    Locator id = field(page, "General", "id");
    id.fill("approveAccess");
    id.press("Tab");
    page.locator("#bio-properties-panel-name").fill("Approve access");
    page.locator("#bio-properties-panel-name").press("Tab");
    field(page, "Assignment and form", "candidateGroups").selectOption("service-desk");
    page.locator("#bio-properties-panel-formKey").selectOption("resume-work");
    page.locator("#bio-properties-panel-category").selectOption("NEW");
    assertThat(page.locator("[data-studio-dirty]")).isVisible();

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Validate")).click();
    assertThat(page.locator("#studio-status")).hasText("No problems: the model can be published.");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
    assertThat(page.locator("#studio-status")).containsText("Published as version");
    assertThat(page.locator("[data-studio-dirty]")).isHidden();
    assertThat(Browser.consoleErrors(page)).isEmpty();

    String key =
        new Api(port)
            .as("customer")
            .post("/api/v1/tickets", "{\"type\":\"INCIDENT\",\"subject\":\"Need access\"}")
            .field("key");
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(key)
            .processInstanceTenantId("acme")
            .singleResult()
            .getId();
    assertThat(runtime.getActiveActivityIds(instance)).contains("approveAccess");
  }

  @Test
  void problemsAreMarkedOnTheDiagramAndFocusTheirElement() {
    Page page = Browser.signIn(Browser.open(port), "designer");
    page.navigate("/studio/processes/incident/edit");
    Locator startSla = page.locator(".djs-element[data-element-id='startSla']");
    startSla.click();
    page.locator(".djs-context-pad [data-action='append.append-task']").click();
    page.keyboard().press("Escape");
    page.locator(".djs-context-pad [data-action='replace']").click();
    page.locator(".djs-popup [data-id='replace-with-user-task']").click();
    field(page, "General", "id").fill("lonelyStep");
    page.locator("#bio-properties-panel-id").press("Tab");
    field(page, "Assignment and form", "assignee").fill("${nobody.toString()}");
    page.locator("#bio-properties-panel-assignee").press("Tab");
    page.locator("[data-element-id='decidePriority']").click();

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Validate")).click();

    Locator problem = page.locator("[data-studio-problems] button[data-element='lonelyStep']");
    assertThat(problem).containsText("is not a safe expression");
    assertThat(page.locator(".djs-element.studio-problem[data-element-id='lonelyStep']"))
        .isVisible();
    problem.click();
    assertThat(page.locator(".djs-element.selected[data-element-id='lonelyStep']")).isVisible();
    Accessibility.assertNoViolations(page);
  }

  /** An entry of the properties panel, its group opened first if it is collapsed. */
  private static Locator field(Page page, String group, String entry) {
    Locator field = page.locator("#bio-properties-panel-" + entry);
    if (!field.isVisible()) {
      page.locator(
              ".bio-properties-panel-group-header", new Page.LocatorOptions().setHasText(group))
          .click();
    }
    return field;
  }
}
