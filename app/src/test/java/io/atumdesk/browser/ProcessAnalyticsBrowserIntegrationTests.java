package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.atumdesk.IntegrationTest;
import io.atumdesk.workflow.TriageModel;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The heat map: a version's steps coloured by the time spent there, a badge with the tickets
 * waiting, flows labelled with how often they were taken, and the same figures as a table.
 */
@IntegrationTest
class ProcessAnalyticsBrowserIntegrationTests {

  static final String KEY = "heat" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  String deployment;

  @AfterEach
  void cleanUp() {
    Browser.closeWindows();
    if (deployment != null) {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void aDesignerSeesWhereTicketsWaitAndWhichPathsTheyTook() {
    deployment = TriageModel.deploy(repository, "acme", KEY);
    String definition =
        repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();
    for (int i = 0; i < 3; i++) {
      runtime.startProcessInstanceByKeyAndTenantId(KEY, "INC-H" + i, "acme");
    }
    tasks.complete(
        tasks.createTaskQuery().processInstanceBusinessKey("INC-H0").singleResult().getId());

    Page admin = Browser.signIn(Browser.open(port), "admin");
    admin.navigate("/studio/analytics/" + definition);

    assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .hasText("Process " + KEY + ", version 1: analytics");
    assertThat(admin.locator("tr[data-activity=triage] td").first()).hasText("2");
    assertThat(admin.locator("[data-element-id=triage].heat-4")).hasCount(1);
    assertThat(admin.locator("[data-container-id=triage] .analytics-waiting")).hasText("2 waiting");
    assertThat(admin.locator(".analytics-taken", new Page.LocatorOptions().setHasText("3×")))
        .hasCount(1);
    assertThat(admin.locator(".bjs-powered-by")).isVisible();
    Accessibility.assertNoViolations(admin);
    assertThat(Browser.consoleErrors(admin)).isEmpty();
  }
}
