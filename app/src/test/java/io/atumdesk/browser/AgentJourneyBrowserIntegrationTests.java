package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
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

  @AfterEach
  void closeWindows() {
    Browser.closeWindows();
  }

  @Test
  void agentWorksANewTicketFromTheKeyboard() {
    Page agent = Browser.signIn(Browser.open(port), "agent");
    agent.navigate("/inbox");
    agent.waitForCondition(
        () -> "connected".equals(agent.locator("body").getAttribute("data-live")));

    String subject = "Printer on floor 3 jams " + System.nanoTime();
    Page customer = Browser.signIn(Browser.open(port), "customer");
    customer.navigate("/portal/tickets/new");
    customer.getByLabel("Subject").fill(subject);
    customer.getByLabel("Description").fill("Every page jams.");
    customer.getByLabel("Category").selectOption("hardware");
    customer
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise the ticket"))
        .click();
    assertThat(customer.locator("#ticket-title")).hasText(subject);
    String key = customer.url().substring(customer.url().lastIndexOf('/') + 1);

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

    // s jumps to the open step's form (once it is drawn): the first outcome is "Resolved".
    assertThat(agent.locator("[data-task-form] input[type=radio]").first()).isVisible();
    agent.keyboard().press("s");
    agent.keyboard().press("Tab");
    agent.keyboard().press("Space");
    agent.keyboard().press("Tab");
    assertThat(agent.locator(":focus")).hasAttribute("id", java.util.regex.Pattern.compile(".+"));
    agent.keyboard().type("Replaced the fuser unit.");
    agent.keyboard().press("Tab"); // the form's bpmn.io link, which stays visible
    agent.keyboard().press("Tab");
    assertThat(agent.locator(":focus")).hasText("Complete step");
    agent.keyboard().press("Enter");

    assertThat(agent.locator("#ticket-header")).containsText("Resolved");
    assertThat(Browser.consoleErrors(agent)).isEmpty();

    // The customer's open page follows live; a reload shows the question to confirm.
    assertThat(customer.locator("#timeline")).containsText("We are on it.");
    customer.reload();
    assertThat(customer.locator("main")).containsText("Replaced the fuser unit.");
    customer
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, close the ticket"))
        .click();
    assertThat(customer.locator(".flash")).hasText("Thank you: the ticket is closed.");
    customer.getByLabel("5, very satisfied").check();
    customer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send rating")).click();
    assertThat(customer.locator("main")).containsText("You rated this ticket 5 of 5.");
    assertThat(new Api(port).as("agent").get("/api/v1/tickets/" + key).field("status"))
        .isEqualTo("CLOSED");
  }
}
