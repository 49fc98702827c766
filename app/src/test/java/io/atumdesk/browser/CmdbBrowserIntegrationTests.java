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
import org.springframework.boot.test.web.server.LocalServerPort;

/** The CMDB pages in a real browser, on the demo CMDB of acme. */
@IntegrationTest
class CmdbBrowserIntegrationTests {

  @LocalServerPort int port;

  @AfterEach
  void closeWindows() {
    Browser.closeWindows();
  }

  @Test
  void anAgentFindsAServerAndSeesItsNeighbourhoodAndTheServicesItCarries() {
    Page page = Browser.signIn(Browser.open(port), "agent");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("CMDB")).click();
    assertThat(page).hasURL(Pattern.compile(".*/cmdb$"));
    page.getByLabel("Name or key").fill("db-01");
    Locator row = page.locator("#cmdb-results tbody tr");
    assertThat(row).hasCount(1);
    Accessibility.assertNoViolations(page);

    row.getByRole(AriaRole.LINK).click();

    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("db-01")))
        .isVisible();
    assertThat(page.locator("svg.ci-graph")).isVisible();
    assertThat(page.locator("svg.ci-graph .ci-graph-node")).hasCount(3);
    assertThat(page.locator("#impact-list")).containsText("Payroll");
    assertThat(page.locator("#impact-list"))
        .containsText("db-01 → payroll-db → Payroll app → Payroll");
    assertThat(page.locator("#impact-list")).not().containsText("E-mail");
    assertThat(page.getByText("Highest criticality: High")).isVisible();
    Accessibility.assertNoViolations(page);
    assertThat(Browser.consoleErrors(page)).isEmpty();
  }

  @Test
  void theTicketPageShowsTheServicesAnIncidentTouches() {
    Api agent = new Api(port).as("agent");
    String server =
        agent.get("/api/v1/cis?text=mail-01").json().path("items").get(0).path("key").asString();
    String incident =
        agent
            .post("/api/v1/tickets", "{\"type\":\"INCIDENT\",\"subject\":\"Mail is slow\"}")
            .field("key");
    agent.post(
        "/api/v1/cis/" + server + "/tickets",
        "{\"ticketKey\":\"" + incident + "\",\"role\":\"AFFECTED\"}");
    Page page = Browser.signIn(Browser.open(port), "agent");

    page.navigate("/tickets/" + incident);

    Locator card =
        page.locator("section").filter(new Locator.FilterOptions().setHasText("Affected services"));
    assertThat(card).containsText("mail-01");
    assertThat(card).containsText("E-mail");
    assertThat(card).containsText("Critical");
    Accessibility.assertNoViolations(page);
  }
}
