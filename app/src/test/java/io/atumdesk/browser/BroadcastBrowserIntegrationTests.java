package io.atumdesk.browser;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import io.atumdesk.TwilioStandIn;
import io.atumdesk.outbox.OutboxDispatcher;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An agent tells those affected by an incident by SMS from its ticket: a number that is none is
 * named next to the field, and the progress page follows the messages out (Twilio is WireMock).
 */
@IntegrationTest
class BroadcastBrowserIntegrationTests {

  @RegisterExtension
  static WireMockExtension twilio =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String RUN = Long.toString(System.currentTimeMillis() % 10_000_000L);

  @LocalServerPort int port;
  @Autowired OutboxDispatcher dispatcher;

  @AfterEach
  void closeWindows() {
    Browser.closeWindows();
  }

  @Test
  void anAgentBroadcastsFromATicketAndWatchesItGoOut() {
    String account = "outage-" + RUN;
    TwilioStandIn.account(port, twilio, account, 10);
    String key =
        new Api(port)
            .as("agent")
            .post("/api/v1/tickets", "{\"type\":\"INCIDENT\",\"subject\":\"Outage " + RUN + "\"}")
            .field("key");

    Page agent = Browser.signIn(Browser.open(port), "agent");
    agent.navigate("/tickets/" + key);
    agent
        .getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Tell those affected (broadcast)"))
        .click();
    assertThat(agent.getByText("About " + key)).isVisible();
    agent.getByLabel("Send from").selectOption("sms/" + account);
    agent.getByLabel("Recipients").fill("+15550100" + RUN.substring(0, 3) + "\nthe boss");
    agent.getByLabel("Message").fill("Mail is down; we are on it.");
    agent
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the broadcast"))
        .click();

    assertThat(agent.getByRole(AriaRole.ALERT)).containsText("the boss");
    assertThat(agent.getByLabel("Recipients")).hasAttribute("aria-invalid", "true");
    Accessibility.assertNoViolations(agent);

    agent
        .getByLabel("Recipients")
        .fill("+15550100" + RUN.substring(0, 3) + "\n+15550200" + RUN.substring(0, 3));
    agent
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the broadcast"))
        .click();

    assertThat(
            agent
                .getByRole(AriaRole.STATUS)
                .filter(
                    new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText("messages done")))
        .containsText("0 of 2");
    Accessibility.assertNoViolations(agent);
    dispatcher.dispatchDue(Instant.now().plusSeconds(1));
    assertThat(agent.getByText("All 2 messages are done."))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
    assertThat(agent.locator("dd[data-status=SENT]")).hasText("2");
    assertThat(Browser.consoleErrors(agent)).isEmpty();
  }
}
