package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The customer portal in a real browser: raising, reading, answering, access, the keyboard. */
@IntegrationTest
class PortalBrowserIntegrationTests {

  static final Pattern TICKET_PAGE = Pattern.compile(".*/portal/tickets/INC-\\d{6,}$");

  @LocalServerPort int port;

  @AfterEach
  void closeWindows() {
    Browser.closeWindows();
  }

  @Test
  void customerRaisesATicketWithAFileFindsItInTheListAndOpensIt() {
    Page page = Browser.signIn(Browser.open(port), "customer");
    assertThat(page).hasURL(Pattern.compile(".*/portal$"));
    Accessibility.assertNoViolations(page);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Raise a ticket")).click();
    Accessibility.assertNoViolations(page);
    page.getByLabel("Subject").fill("Docking station flickers");
    page.getByLabel("Description").fill("Both screens go dark for a second.");
    page.getByLabel("Category").selectOption("hardware");
    // Over the general 1 MB body limit: the portal's forms may carry what an upload may.
    String log = "screen off at 09:14\n".repeat(60_000);
    page.getByLabel("Attachments").setInputFiles(text("dock-log.txt", log));
    button(page, "Raise the ticket").click();

    assertThat(page).hasURL(TICKET_PAGE);
    String key = page.url().substring(page.url().lastIndexOf('/') + 1);
    assertThat(page.locator("#ticket-title")).hasText("Docking station flickers");
    assertThat(page.locator("#timeline a")).hasText("dock-log.txt");
    Accessibility.assertNoViolations(page);

    page.navigate("/portal");
    Locator row =
        page.locator("#portal-tickets tbody tr")
            .filter(new Locator.FilterOptions().setHasText(key));
    assertThat(row).containsText("Docking station flickers");
    assertThat(row).containsText("New");
    row.getByRole(AriaRole.LINK).click();
    assertThat(page.locator("#ticket-title")).hasText("Docking station flickers");
    var download = page.waitForDownload(() -> page.locator("#timeline a").click());
    assertThat(download.suggestedFilename()).isEqualTo("dock-log.txt");
    assertThat(Browser.consoleErrors(page)).isEmpty();
  }

  @Test
  void customerMeetsNotFoundOnSomeoneElsesTicketAndForbiddenOnAgentPages() {
    String othersKey =
        new Api(port)
            .as("agent")
            .post(
                "/api/v1/tickets",
                "{\"type\":\"INCIDENT\",\"subject\":\"Payroll export\",\"requester\":\"bob\"}")
            .field("key");
    Page page = Browser.signIn(Browser.open(port), "customer");

    assertThat(page.navigate("/portal/tickets/" + othersKey).status()).isEqualTo(404);
    assertThat(page.locator("main")).not().containsText("Payroll export");
    assertThat(page.navigate("/portal/tickets/" + othersKey + "/timeline").status()).isEqualTo(404);
    assertThat(page.navigate("/inbox").status()).isEqualTo(403);
    assertThat(page.navigate("/tickets/" + othersKey).status()).isEqualTo(403);
    assertThat(page.navigate("/cab").status()).isEqualTo(403);
  }

  @Test
  void customerAcceptsTheResolutionAndRatesIt() {
    Api agent = new Api(port).as("agent");
    String key =
        new Api(port)
            .as("customer")
            .post(
                "/api/v1/tickets",
                "{\"type\":\"INCIDENT\",\"subject\":\"Mouse lags\",\"category\":\"hardware\"}")
            .field("key");
    agent.post(
        "/api/v1/tasks/" + agent.openTask(key).path("id").asString() + "/complete",
        "{\"outcome\":\"resolved\",\"resolution\":\"Replaced the receiver.\"}");

    Page page = Browser.signIn(Browser.open(port), "customer");
    page.navigate("/portal/tickets/" + key);
    assertThat(page.locator("#confirm-title")).isVisible();
    assertThat(page.locator("main")).containsText("Replaced the receiver.");
    Accessibility.assertNoViolations(page);
    page.getByLabel("Comment (optional)").first().fill("Works again");
    button(page, "Yes, close the ticket").click();

    assertThat(page.locator(".flash")).hasText("Thank you: the ticket is closed.");
    assertThat(page.locator("#confirm-title")).hasCount(0);
    assertThat(page.locator("#timeline")).containsText("Works again");
    assertThat(page.locator("#timeline")).containsText("Status: Closed");
    page.getByLabel("4, satisfied").check();
    page.locator("#rating-comment").fill("Quick and friendly");
    button(page, "Send rating").click();

    assertThat(page.locator(".flash")).hasText("Thank you for your rating.");
    assertThat(page.locator("main")).containsText("You rated this ticket 4 of 5.");
    assertThat(page.locator("#timeline")).containsText("Rated 4 of 5: Quick and friendly");
    Accessibility.assertNoViolations(page);
    assertThat(Browser.consoleErrors(page)).isEmpty();
  }

  @Test
  void theConversationShowsAnAgentsReplyLiveButNeverANote() {
    Page page = Browser.signIn(Browser.open(port), "customer");
    String key =
        new Api(port)
            .as("customer")
            .post("/api/v1/tickets", "{\"type\":\"INCIDENT\",\"subject\":\"Headset hums\"}")
            .field("key");
    page.navigate("/portal/tickets/" + key);
    page.waitForCondition(() -> "connected".equals(page.locator("body").getAttribute("data-live")));
    assertThat(page.locator("#timeline")).not().containsText("Which headset model?");

    new Api(port)
        .as("agent")
        .post("/api/v1/tickets/" + key + "/comments", "{\"body\":\"Which headset model?\"}");
    new Api(port)
        .as("agent")
        .post(
            "/api/v1/tickets/" + key + "/comments",
            "{\"body\":\"Internal: customer is VIP\",\"internal\":true}");

    assertThat(page.locator("#timeline")).containsText("Which headset model?");
    assertThat(page.locator("#timeline")).not().containsText("customer is VIP");
    assertThat(Browser.consoleErrors(page)).isEmpty();
  }

  @Test
  void customerRaisesATicketWithTheKeyboardAlone() {
    Page page = Browser.signIn(Browser.open(port), "customer");

    Keyboard.tabTo(page, "a[href$='/portal/tickets/new']");
    page.keyboard().press("Enter");
    page.waitForURL(Pattern.compile(".*/portal/tickets/new$"));
    Keyboard.tabTo(page, "#subject");
    page.keyboard().type("Typed, never clicked");
    Keyboard.tabTo(page, "#description");
    page.keyboard().type("The whole form from the keyboard.");
    Keyboard.tabTo(page, "#category");
    page.keyboard().press("n");
    assertThat(page.locator("#category")).hasValue("network");
    Keyboard.tabTo(page, "button[type=submit]");
    page.keyboard().press("Enter");

    assertThat(page).hasURL(TICKET_PAGE);
    assertThat(page.locator("#ticket-title")).hasText("Typed, never clicked");
    assertThat(page.locator("main")).containsText("Network, VPN or Wi-Fi");
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }

  static FilePayload text(String name, String content) {
    return new FilePayload(name, "text/plain", content.getBytes(StandardCharsets.UTF_8));
  }
}
