package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The agent assist card on the ticket page in a real browser. */
@IntegrationTest
class AgentAssistBrowserIntegrationTests {

  @LocalServerPort int port;

  @AfterEach
  void closeWindows() {
    Browser.closeWindows();
  }

  @Test
  void anAgentPicksAToneAndPutsTheSuggestedReplyIntoTheReplyBoxWithoutSendingIt() {
    Api customer = new Api(port).as("customer");
    String key =
        customer
            .post(
                "/api/v1/tickets",
                """
                {"type": "INCIDENT", "subject": "Scanner on floor 3 jams",
                 "description": "The scanner jams on every second page. This is UNACCEPTABLE!!!"}
                """)
            .field("key");
    Page page = Browser.signIn(Browser.open(port), "agent");
    page.navigate("/tickets/" + key);

    assertThat(
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Agent assist")))
        .isVisible();
    assertThat(page.getByLabel("Suggested reply (Formal)"))
        .hasValue(Pattern.compile("^Dear Chris,"));
    assertThat(page.locator("#assist-signals [data-signal=WORDING]")).containsText("unacceptable");
    assertThat(page.getByLabel("Frustration score"))
        .hasAttribute("value", Pattern.compile("[1-9]\\d*"));
    Accessibility.assertNoViolations(page);

    // The summary is asked for, since it embeds the conversation; the button is reachable by keys.
    page.getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Summarize the conversation"))
        .focus();
    page.keyboard().press("Enter");
    assertThat(page.getByLabel("Central sentences of the conversation"))
        .containsText("The scanner jams on every second page.");
    assertThat(page.locator("#assist-summary-facts")).containsText("the service desk");
    Accessibility.assertNoViolations(page);

    page.getByLabel("Friendly").check();
    assertThat(page.getByLabel("Suggested reply (Friendly)"))
        .hasValue(Pattern.compile("^Hi Chris,[\\s\\S]*" + key));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use this reply")).click();

    assertThat(page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true)))
        .hasValue(Pattern.compile("^Hi Chris,[\\s\\S]*" + key));
    Accessibility.assertNoViolations(page);
    assertThat(Browser.consoleErrors(page)).isEmpty();
    // Nothing went to the customer: the reply waits in the box until the agent sends it.
    assertThat(customer.get("/api/v1/tickets/" + key + "/timeline").text())
        .doesNotContain("Hi Chris");
  }
}
