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

/**
 * "Insert link in reply" on the ticket page's matching articles: a public article's portal link
 * goes into the reply at the cursor, by keyboard, and reaches the customer; an internal article
 * offers no link.
 */
@IntegrationTest
class KnowledgeReplyLinkBrowserIntegrationTests {

  @LocalServerPort int port;

  @AfterEach
  void closeWindows() {
    Browser.closeWindows();
  }

  @Test
  void anAgentInsertsAPublicArticlesPortalLinkAtTheCursorAndSendsIt() {
    String run = Long.toString(System.nanoTime(), 36);
    String word = "quokka" + run;
    long open = published("Plotter " + word + " guide", "PUBLIC", word);
    long internal = published("Plotter " + word + " runbook", "INTERNAL", word);
    Api customer = new Api(port).as("customer");
    String key =
        customer
            .post(
                "/api/v1/tickets",
                """
                {"type": "INCIDENT", "subject": "Plotter %s stops", "description": "It stops."}
                """
                    .formatted(word))
            .field("key");

    Page page = Browser.signIn(Browser.open(port), "agent");
    page.navigate("/tickets/" + key);
    Locator articles = page.locator("#knowledge-for-ticket");
    Locator publicItem =
        articles.locator("li", new Locator.LocatorOptions().setHasText(word + " guide"));
    Locator internalItem =
        articles.locator("li", new Locator.LocatorOptions().setHasText(word + " runbook"));
    assertThat(publicItem).isVisible();
    assertThat(internalItem).containsText("internal, not for customers");
    assertThat(internalItem.getByRole(AriaRole.BUTTON)).hasCount(0);
    Accessibility.assertNoViolations(page);

    Locator reply = page.getByLabel("Message", new Page.GetByLabelOptions().setExact(true));
    reply.fill("Please read  and tell me.");
    reply.evaluate("box => box.setSelectionRange(12, 12)");
    Locator insert =
        publicItem.getByRole(
            AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Insert link in reply"));
    insert.focus();
    insert.press("Enter");

    // The address starts with atum.knowledge.link-base-url (ATUM_BASE_URL where it is set).
    String link =
        "\\[Plotter " + word + " guide\\]\\(https?://[^)\\s]+/portal/knowledge/" + open + "\\)";
    assertThat(reply).hasValue(Pattern.compile("^Please read " + link + " and tell me\\.$"));
    assertThat(page.locator("#announcer")).hasText("Link inserted in the reply.");
    assertThat(reply).isFocused();
    Accessibility.assertNoViolations(page);
    assertThat(Browser.consoleErrors(page)).isEmpty();

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send reply")).click();
    assertThat(page.locator("#timeline")).containsText(Pattern.compile(link));
    assertThat(customer.get("/api/v1/tickets/" + key + "/timeline").text())
        .contains("/portal/knowledge/" + open)
        .doesNotContain("/portal/knowledge/" + internal);
  }

  @Test
  void aClosedTicketOffersTheArticlesButNoLinkToInsert() {
    String word = "wombat" + Long.toString(System.nanoTime(), 36);
    long open = published("Plotter " + word + " guide", "PUBLIC", word);
    Api customer = new Api(port).as("customer");
    String ticket =
        """
        {"type": "INCIDENT", "subject": "Plotter %s stops", "description": "It stops."}
        """
            .formatted(word);
    String survivor = customer.post("/api/v1/tickets", ticket).field("key");
    String duplicate = customer.post("/api/v1/tickets", ticket).field("key");
    var merged =
        new Api(port)
            .as("agent")
            .post("/api/v1/tickets/" + duplicate + "/merge", "{\"into\":\"" + survivor + "\"}");
    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);

    Api agent = new Api(port).signedIn("agent");
    assertThat(agent.get("/knowledge/for-ticket/" + survivor).text())
        .contains("/knowledge/" + open)
        .contains("data-insert-link");
    // Merged, the duplicate is closed: it takes no reply, so there is nothing to insert a link in.
    assertThat(agent.get("/knowledge/for-ticket/" + duplicate).text())
        .contains("/knowledge/" + open)
        .doesNotContain("data-insert-link");
  }

  private long published(String title, String audience, String word) {
    Api agent = new Api(port).as("agent");
    long id =
        agent
            .post(
                "/api/v1/knowledge/articles",
                """
                {"title": "%s", "body": "When the plotter %s stops, restart it.",
                 "category": "printing", "language": "en", "audience": "%s"}
                """
                    .formatted(title, word, audience))
            .json()
            .path("id")
            .asLong();
    agent.post("/api/v1/knowledge/articles/" + id + "/submit", "");
    new Api(port).as("kate").post("/api/v1/knowledge/articles/" + id + "/approve", "{}");
    return id;
  }
}
