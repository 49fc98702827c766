package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The agent's side of the main journey, from the keyboard alone: a ticket a customer raises appears
 * in the open inbox without a reload; the agent opens it, sees a colleague viewing it, replies, and
 * resolves it through the step's form.
 */
@IntegrationTest
class AgentJourneyBrowserIntegrationTests {

  @LocalServerPort int port;

  @Test
  void agentWorksANewTicketFromTheKeyboard() {
    Page agent = Browser.signIn(Browser.open(port), "agent");
    agent.navigate("/inbox");
    agent.waitForCondition(
        () -> "connected".equals(agent.locator("body").getAttribute("data-live")));

    String subject = "Printer on floor 3 jams " + System.nanoTime();
    String key =
        new Api(port)
            .as("customer")
            .post(
                "/api/v1/tickets",
                """
                {"type":"INCIDENT","subject":"%s","description":"Every page jams.",
                 "category":"hardware","impact":"LOW","urgency":"MEDIUM"}"""
                    .formatted(subject))
            .field("key");

    var row = agent.locator("#inbox-rows tr", new Page.LocatorOptions().setHasText(subject));
    assertThat(row).isVisible();

    // j selects rows from the top; the new ticket is the most recently updated one.
    agent.keyboard().press("j");
    assertThat(agent.locator("#inbox-rows tr.selected")).containsText(subject);
    agent.keyboard().press("o");
    assertThat(agent.locator("#ticket-title")).hasText(subject);

    Page colleague = Browser.signIn(Browser.open(port), "admin");
    colleague.navigate("/tickets/" + key);
    assertThat(agent.locator(".presence")).containsText("Ada Admin");

    agent.keyboard().press("r");
    agent.keyboard().type("We are on it.");
    agent.keyboard().press("Tab");
    agent.keyboard().press("Tab");
    assertThat(agent.locator(":focus")).hasText("Send reply");
    agent.keyboard().press("Enter");
    assertThat(agent.locator(".flash")).hasText("Your reply was sent.");
    assertThat(agent.locator("#timeline")).containsText("We are on it.");

    agent.keyboard().press("s");
    agent.keyboard().press("Tab");
    agent.keyboard().press("Space");
    agent.keyboard().press("Tab");
    agent.keyboard().press("Tab");
    agent.keyboard().type("Replaced the fuser unit.");
    agent.keyboard().press("Tab");
    assertThat(agent.locator(":focus")).hasText("Complete step");
    agent.keyboard().press("Enter");

    assertThat(agent.locator("#ticket-header")).containsText("Resolved");
    var customerView = new Api(port).as("customer").get("/api/v1/tickets/" + key);
    assertThat(customerView.field("status")).isEqualTo("RESOLVED");
    assertThat(Browser.consoleErrors(agent)).isEmpty();
  }
}
