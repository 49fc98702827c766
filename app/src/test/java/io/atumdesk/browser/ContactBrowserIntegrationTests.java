package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import io.atumdesk.channel.InboundMail;
import io.atumdesk.connectors.InboundMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The contact page and the admins' channel page in a real browser: they render and pass axe. */
@IntegrationTest
class ContactBrowserIntegrationTests {

  static final String RUN = Long.toString(Instant.now().toEpochMilli(), 36);

  @LocalServerPort int port;
  @Autowired InboundMail mail;

  @AfterEach
  void closeWindows() {
    Browser.closeWindows();
  }

  @Test
  void anAgentSeesAContactWithItsIdentitiesAndTickets() {
    String address = "erin-" + RUN + "@example.com";
    mail.handle(
        "acme",
        new InboundMessage(
            "email",
            address,
            "Erin Example",
            "support",
            "c-" + RUN + "@example.com",
            null,
            List.of(),
            "Monitor stays black",
            "Since this morning.",
            null,
            List.of(),
            Instant.now(),
            Map.of(),
            new byte[0]));
    long id =
        new Api(port)
            .as("agent")
            .get("/api/v1/contacts?q=" + address)
            .json()
            .get(0)
            .path("id")
            .asLong();

    Page page = Browser.signIn(Browser.open(port), "agent");
    page.navigate("/contacts/" + id);

    assertThat(page.locator("#contact-name")).hasText("Erin Example");
    assertThat(page.locator("main")).containsText(address);
    assertThat(page.locator("main")).containsText("Monitor stays black");
    Accessibility.assertNoViolations(page);
    assertThat(Browser.consoleErrors(page)).isEmpty();
  }

  @Test
  void anAdminSeesTheMessagingChannelsPage() {
    Page page = Browser.signIn(Browser.open(port), "admin");
    page.navigate("/admin");
    page.locator("a[href$='/admin/channels']").click();

    assertThat(page.locator("h1")).hasText("Messaging channels");
    Accessibility.assertNoViolations(page);
    assertThat(Browser.consoleErrors(page)).isEmpty();
  }
}
