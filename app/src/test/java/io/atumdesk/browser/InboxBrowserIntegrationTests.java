package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The inbox in a real browser: filtering, saved views, bulk changes, German and dark. */
@IntegrationTest
class InboxBrowserIntegrationTests {

  @LocalServerPort int port;

  @AfterEach
  void closeWindows() {
    Browser.closeWindows();
  }

  @Test
  void filtersSavesTheViewAndAssignsInBulk() {
    String marker = "Badge reader " + System.nanoTime();
    Api customer = new Api(port).as("customer");
    String first = raise(customer, marker + " lobby");
    String second = raise(customer, marker + " garage");

    Page agent = Browser.signIn(Browser.open(port), "agent");
    agent.navigate("/inbox");
    agent.getByLabel("Search key or subject").fill(marker);
    assertThat(agent.locator("#inbox-rows tr[data-href]")).hasCount(2);
    assertThat(agent).hasURL(java.util.regex.Pattern.compile(".*text=Badge.*"));

    agent.getByText("Save this view").click();
    agent.getByLabel("Name of the view").fill("Badge readers");
    agent
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true))
        .click();
    assertThat(agent.locator(".flash")).hasText("The view was saved.");
    assertThat(agent.locator("#views")).containsText("Badge readers");

    agent.getByLabel("Tick " + first).check();
    agent.getByLabel("Tick " + second).check();
    agent.locator("#bulk-assignee").selectOption("agent");
    agent
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply to ticked tickets"))
        .click();
    assertThat(agent.locator("#bulk-outcome")).containsText(first + ": done");
    assertThat(agent.locator("#bulk-outcome")).containsText(second + ": done");
    agent.navigate("/inbox?view=MY_WORK&text=" + marker.replace(" ", "+"));
    assertThat(agent.locator("#inbox-rows tr[data-href]")).hasCount(2);
    Accessibility.assertNoViolations(agent);
  }

  @Test
  void speaksGermanAndPassesAxeInTheDarkTheme() {
    Page agent = Browser.signIn(Browser.open(port, "de-DE", ColorScheme.DARK), "agent");
    agent.navigate("/inbox");
    assertThat(agent.locator("html")).hasAttribute("lang", "de");
    assertThat(agent.locator("h1")).hasText("Alle offenen");
    Accessibility.assertNoViolations(agent);
    agent.locator("#inbox-rows a").first().click();
    assertThat(agent.locator("#conversation-title")).hasText("Verlauf");
    Accessibility.assertNoViolations(agent);
  }

  @Test
  void marksALikelyDuplicateWithALinkToTheTicketItDuplicates() {
    String subject = "Headset crackles in every call " + System.nanoTime();
    Api customer = new Api(port).as("customer");
    Api api = new Api(port).as("agent");
    String original = raise(customer, subject);
    // The duplicate is looked for once each vector is stored, after the ticket's commit.
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                !api.get("/api/v1/tickets/" + original + "/similar")
                    .json()
                    .path("pending")
                    .asBoolean(true));
    String duplicate = raise(customer, subject);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> api.get("/api/v1/tickets/" + duplicate + "/similar").json().path("duplicate"),
            flag -> flag.path("of").asString("").equals(original));

    Page agent = Browser.signIn(Browser.open(port), "agent");
    agent.navigate("/inbox?text=" + subject.replace(" ", "+"));
    var marker =
        agent.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Likely duplicate of " + original));
    assertThat(marker).isVisible();
    Accessibility.assertNoViolations(agent);
    Page german = Browser.signIn(Browser.open(port, "de-DE", ColorScheme.LIGHT), "agent");
    german.navigate("/inbox?text=" + subject.replace(" ", "+"));
    assertThat(german.locator("#inbox-rows"))
        .containsText("Wahrscheinlich ein Duplikat von " + original);
    marker.click();
    assertThat(agent).hasURL(java.util.regex.Pattern.compile(".*/tickets/" + original));
  }

  private static String raise(Api customer, String subject) {
    return customer
        .post(
            "/api/v1/tickets",
            """
            {"type":"INCIDENT","subject":"%s","description":"It beeps red.",
             "category":"hardware","impact":"LOW","urgency":"LOW"}"""
                .formatted(subject))
        .field("key");
  }
}
