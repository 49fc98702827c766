package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import io.atumdesk.cmdb.CmdbTestItems;
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
    // Its two neighbours, and the rest of the way up to the one service it carries, marked.
    assertThat(page.locator("svg.ci-graph .ci-graph-node")).hasCount(5);
    assertThat(page.locator("svg.ci-graph .ci-graph-node.impacted")).hasCount(1);
    assertThat(page.locator("svg.ci-graph .ci-graph-node.impacted")).containsText("Payroll");
    assertThat(page.locator("#impact-list")).containsText("Payroll");
    assertThat(page.locator("#impact-list"))
        .containsText("db-01 → payroll-db → Payroll app → Payroll");
    assertThat(page.locator("#impact-list")).not().containsText("E-mail");
    assertThat(page.getByText("Highest criticality: High")).isVisible();
    Accessibility.assertNoViolations(page);
    assertThat(Browser.consoleErrors(page)).isEmpty();
  }

  @Test
  void anAdminCreatesAnItemRelatesItWithThePickerAndSeesTheServicesItsServerCarries() {
    String run = Long.toString(System.nanoTime(), 36);
    Api admin = new Api(port).as("admin");
    String server = CmdbTestItems.create(admin, "server", "shop-srv-" + run, null);
    String service = CmdbTestItems.create(admin, "service", "Web shop " + run, "CRITICAL");
    Page page = Browser.signIn(Browser.open(port), "admin");
    page.navigate("/cmdb");
    page.getByLabel("Type of the new item").selectOption("application");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New item")).click();

    assertThat(page.getByLabel("Type", new Page.GetByLabelOptions().setExact(true)))
        .hasValue("application");
    page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("shop-app-" + run);
    page.getByLabel("Owner").fill("no-such-group-" + run);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the item")).click();

    // Refused: the problem stands next to its field, and the form keeps what was typed.
    assertThat(page.locator("#owner")).hasAttribute("aria-invalid", "true");
    assertThat(page.locator("#owner-error")).containsText("group key or a username");
    assertThat(page.locator("#name")).hasValue("shop-app-" + run);
    Accessibility.assertNoViolations(page);
    page.getByLabel("Owner").fill("");
    page.getByLabel("version").fill("2.4");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the item")).click();
    assertThat(
            page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName("shop-app-" + run)))
        .isVisible();
    assertThat(page.locator(".facts")).containsText("2.4");

    relate(page, "runs on", "shop-srv-" + run, server);
    assertThat(page.locator("#relation-list")).containsText("shop-srv-" + run);
    page.navigate("/cmdb/" + service);
    relate(page, "depends on", "shop-app-" + run, null);
    page.navigate("/cmdb/" + server);

    Locator graph = page.locator("svg.ci-graph");
    assertThat(graph.locator(".ci-graph-node")).hasCount(3);
    assertThat(graph.locator(".ci-graph-node.impacted")).hasCount(1);
    assertThat(graph.locator(".ci-graph-node.impacted")).containsText("Web shop " + run);
    assertThat(graph.locator(".ci-graph-node.impacted")).containsText("Critical");
    assertThat(page.locator("#impact-list"))
        .containsText("shop-srv-" + run + " → shop-app-" + run + " → Web shop " + run);
    Accessibility.assertNoViolations(page);
    // The refused form came back as 400, which the browser logs; nothing else went wrong.
    assertThat(Browser.consoleErrors(page))
        .containsOnly("Failed to load resource: the server responded with a status of 400 ()");
  }

  /** Relates the page's item with the picker: types part of a name, takes the suggestion. */
  private static void relate(Page page, String kind, String name, String expectedKey) {
    page.getByLabel("Item (name or key)").fill(name);
    Locator suggestion = page.locator("#relate-options option");
    assertThat(suggestion).hasCount(1);
    if (expectedKey != null) {
      assertThat(suggestion).hasAttribute("value", expectedKey);
    }
    page.getByLabel("Item (name or key)").fill(suggestion.getAttribute("value"));
    page.locator("#relate-kind")
        .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(kind));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the relation"))
        .click();
    assertThat(page.getByText("The relation was added.")).isVisible();
    Accessibility.assertNoViolations(page);
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
