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
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A designer changes the incident process in the studio's modeler: adds a user task for the service
 * desk with a form and makes it a parallel approval (two at once) through the properties panel,
 * validates, publishes version 2; the next ticket waits at the new task twice while a ticket raised
 * before stays on version 1; then the designer opens the new version's heat map.
 */
@IntegrationTest
class StudioBrowserIntegrationTests {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @AfterEach
  void closeWindowsAndRestoreTheShippedProcess() {
    Browser.closeWindows();
    StudioCleanup.backToShipped(new Api(port).as("designer"), "incident");
  }

  @Test
  void aDesignerAddsAParallelApprovalPublishesItAndOnlyTheNextTicketWaitsThere() {
    String before = raise("Raised before the change");
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
    field(page, "Parallel approval", "atumMultiInstance").selectOption("parallel");
    Locator cardinality = page.locator("#bio-properties-panel-atumLoopCardinality");
    cardinality.fill("two");
    assertThat(page.locator(".bio-properties-panel-error"))
        .containsText("A whole number or ${variable}.");
    cardinality.fill("2");
    cardinality.press("Tab");
    assertThat(page.locator("[data-studio-dirty]")).isVisible();
    Accessibility.assertNoViolations(page);

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Validate")).click();
    assertThat(page.locator("#studio-status")).hasText("No problems: the model can be published.");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
    assertThat(page.locator("#studio-status")).containsText("Published as version");
    assertThat(page.locator("[data-studio-dirty]")).isHidden();
    assertThat(Browser.consoleErrors(page)).isEmpty();
    int published =
        Integer.parseInt(page.locator("#studio-status").textContent().replaceAll("\\D", ""));

    String after = raise("Need access");
    assertThat(runtime.getActiveActivityIds(instance(after))).contains("approveAccess");
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceId(instance(after))
                .taskDefinitionKey("approveAccess")
                .count())
        .as("two approvals in parallel")
        .isEqualTo(2);
    assertThat(definition(before))
        .as("the ticket raised before keeps its version")
        .isNotEqualTo(definition(after));
    assertThat(runtime.getActiveActivityIds(instance(before))).doesNotContain("approveAccess");

    // A dry run of the draft (now the published version) shows the path it took, then the heat map.
    page.navigate("/studio/processes/incident/edit");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dry-run the draft")).click();
    page.getByLabel("Impact").selectOption("HIGH");
    page.getByLabel("Urgency").selectOption("HIGH");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the dry run"))
        .click();
    assertThat(page.locator("#dry-run-status")).containsText("The run waits at");
    assertThat(page.locator("[data-element-id=decidePriority].mark-passed")).hasCount(1);
    assertThat(page.locator("#dry-run-path li").first()).isVisible();
    Accessibility.assertNoViolations(page);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the dry run"))
        .click();

    page.navigate("/studio");
    page.locator("tr[data-process=incident] li[data-version='" + published + "'] a").click();
    assertThat(page.locator("[data-element-id=approveAccess]")).isVisible();
    assertThat(page.url()).endsWith("/studio/analytics/" + definition(after));
    assertThat(page.locator(".bjs-powered-by")).isVisible();
    Accessibility.assertNoViolations(page);
  }

  private String raise(String subject) {
    return new Api(port)
        .as("customer")
        .post("/api/v1/tickets", "{\"type\":\"INCIDENT\",\"subject\":\"" + subject + "\"}")
        .field("key");
  }

  private String instance(String ticketKey) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(ticketKey)
        .processInstanceTenantId("acme")
        .singleResult()
        .getId();
  }

  private String definition(String ticketKey) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(ticketKey)
        .processInstanceTenantId("acme")
        .singleResult()
        .getProcessDefinitionId();
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
