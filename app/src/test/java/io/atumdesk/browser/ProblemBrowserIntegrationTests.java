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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workaround of a known error on the incident page, linking an incident to a problem there, and
 * the known error list, in a real browser.
 */
@IntegrationTest
class ProblemBrowserIntegrationTests {

  @LocalServerPort int port;
  Api agent;
  String run;

  @BeforeEach
  void data() {
    agent = new Api(port).as("agent");
    run = Long.toString(System.nanoTime(), 36);
  }

  @AfterEach
  void closeWindows() {
    Browser.closeWindows();
  }

  @Test
  void aNewIncidentOnTheProblemsItemShowsTheWorkaroundAndIsLinkedToTheProblem() {
    String server =
        new Api(port)
            .as("admin")
            .post("/api/v1/cis", "{\"type\":\"server\",\"name\":\"web-" + run + "\"}")
            .field("key");
    String first = incidentOn(server);
    String problem =
        agent.post("/api/v1/problems", "{\"incidents\":[\"" + first + "\"]}").field("key");
    Api manager = new Api(port).as("problem");
    manager.patch(
        "/api/v1/problems/" + problem + "/investigation",
        "{\"timeline\":\"10:00 errors\",\"fiveWhys\":[\"A stale cache\"],"
            + "\"causeCategory\":\"SOFTWARE\",\"rootCause\":\"Stale cache entries\"}");
    manager.post(
        "/api/v1/problems/" + problem + "/known-error",
        "{\"symptom\":\"The portal shows error 502\",\"workaround\":\"Clear the cache "
            + run
            + "\"}");
    String incident = incidentOn(server);
    Page page = Browser.signIn(Browser.open(port), "agent");

    page.navigate("/tickets/" + incident);

    Locator card =
        page.locator("section").filter(new Locator.FilterOptions().setHasText("Known errors"));
    assertThat(card.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName(problem)))
        .isVisible();
    assertThat(card).containsText("Clear the cache " + run);
    assertThat(card).containsText("same configuration item");
    Accessibility.assertNoViolations(page);

    card.getByLabel("Link to a problem").fill(problem);
    card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Link")).click();

    assertThat(page.getByText("The ticket is linked to the problem.")).isVisible();
    assertThat(page.locator("#problem-card")).containsText("linked to the problem");
    Accessibility.assertNoViolations(page);
    assertThat(Browser.consoleErrors(page)).isEmpty();
  }

  @Test
  void theProblemGroupSeesTheAnalysisAndInvestigatesOnTheProblemPage() {
    String problem =
        agent
            .post("/api/v1/problems", "{\"subject\":\"Reports run slowly " + run + "\"}")
            .field("key");
    new Api(port)
        .as("problem")
        .patch(
            "/api/v1/problems/" + problem + "/investigation",
            "{\"rootCause\":\"An index is missing\",\"causeCategory\":\"CONFIGURATION\"}");
    Page page = Browser.signIn(Browser.open(port), "problem");

    page.navigate("/tickets/" + problem);

    Locator card = page.locator("#problem-card");
    assertThat(card).containsText("An index is missing");
    assertThat(card).containsText("Configuration");
    assertThat(card).containsText("No known error is published yet.");
    assertThat(
            page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName("Investigate the problem")))
        .isVisible();
    assertThat(page.getByLabel("Timeline of events")).isVisible();
    Accessibility.assertNoViolations(page);
    assertThat(Browser.consoleErrors(page)).isEmpty();
  }

  @Test
  void theKnownErrorListFindsAKnownErrorByItsWords() {
    Page page = Browser.signIn(Browser.open(port), "agent");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Known errors")).click();
    assertThat(page).hasURL(Pattern.compile(".*/known-errors$"));

    page.getByLabel("Words").fill("mail gateway");

    Locator rows = page.locator("#known-error-results tbody tr");
    assertThat(rows.first()).containsText("Mail gateway drops connections under load");
    Accessibility.assertNoViolations(page);
  }

  private String incidentOn(String server) {
    String key =
        new Api(port)
            .as("customer")
            .post(
                "/api/v1/tickets",
                "{\"type\":\"INCIDENT\",\"subject\":\"Portal error\",\"category\":\"portal-"
                    + run
                    + "\"}")
            .field("key");
    agent.post(
        "/api/v1/cis/" + server + "/tickets",
        "{\"ticketKey\":\"" + key + "\",\"role\":\"AFFECTED\"}");
    return key;
  }
}
