package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The knowledge base in a real browser, over the demo articles: a customer searches the help
 * articles, reads one and says it helped, and is offered articles while typing a new ticket's
 * subject; an agent searches with facets and compares an article's versions. Every page axe-clean.
 */
@IntegrationTest
class KnowledgeBrowserIntegrationTests {

  @LocalServerPort int port;

  @AfterEach
  void closeWindows() {
    Browser.closeWindows();
  }

  @Test
  void customerSearchesReadsRatesAndIsOfferedArticlesWhileTypingASubject() {
    Page page = Browser.signIn(Browser.open(port), "customer");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Knowledge")).click();
    assertThat(page).hasURL(Pattern.compile(".*/portal/knowledge$"));
    Accessibility.assertNoViolations(page);

    page.getByLabel("What do you need help with?").fill("vpn drops");
    page.getByLabel("What do you need help with?").press("Enter");
    var hit =
        page.locator(
            "#portal-knowledge-results h2 a",
            new Page.LocatorOptions().setHasText("VPN disconnects repeatedly"));
    assertThat(hit).isVisible();
    assertThat(page.locator("#portal-knowledge-results mark").first()).isVisible();
    // No internal runbook reaches the portal.
    assertThat(page.locator("#portal-knowledge-results")).not().containsText("(agents)");
    Accessibility.assertNoViolations(page);

    hit.click();
    assertThat(page.locator("h1")).hasText("VPN disconnects repeatedly");
    Accessibility.assertNoViolations(page);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes")).click();
    assertThat(page.getByText("Thank you for telling us.")).isVisible();

    page.navigate("/portal/tickets/new");
    page.getByLabel("Subject").pressSequentially("Outlook keeps asking for my password");
    var suggestion =
        page.locator(
            "#article-suggestions a",
            new Page.LocatorOptions().setHasText("Outlook keeps asking for the password"));
    assertThat(suggestion).isVisible();
    Accessibility.assertNoViolations(page);
    suggestion.click();
    assertThat(page).hasURL(Pattern.compile(".*/portal/knowledge/\\d+\\?suggested=true$"));
  }

  @Test
  void agentSearchesWithFacetsAndComparesVersions() {
    Page page = Browser.signIn(Browser.open(port), "kate");
    page.navigate("/knowledge?q=password");
    Accessibility.assertNoViolations(page);
    assertThat(page.locator("#knowledge-results"))
        .containsText("Unlock an account in the directory (agents)");
    page.locator("#knowledge-results aside a", new Page.LocatorOptions().setHasText("de ("))
        .first()
        .click();
    assertThat(page.locator("#knowledge-results h3 a").first()).containsText("Passwort");

    page.navigate("/knowledge/new");
    Accessibility.assertNoViolations(page);
    page.getByLabel("Title").fill("Badge reader refuses the badge");
    page.getByLabel("Body").fill("Hold the badge **flat** for two seconds.");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
    assertThat(page.locator("h1")).hasText("Badge reader refuses the badge");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the article")).click();
    page.getByLabel("Body").fill("Hold the badge **flat** for three seconds.");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare")).click();
    assertThat(page.locator("#diff del")).containsText("two seconds");
    assertThat(page.locator("#diff ins")).containsText("three seconds");
    Accessibility.assertNoViolations(page);
  }

  @Test
  void aManagerComparesAPendingRevisionWithThePublishedVersionAndApprovesIt() {
    String run = Long.toString(System.nanoTime(), 36);
    Api agent = new Api(port).as("agent");
    String body =
        """
        {"title": "Beamer %s", "body": "Press %s.", "category": "rooms", "language": "en",
         "audience": "PUBLIC"}
        """;
    long id =
        agent
            .post("/api/v1/knowledge/articles", body.formatted(run, "input"))
            .json()
            .path("id")
            .asLong();
    agent.post("/api/v1/knowledge/articles/" + id + "/submit", "");
    new Api(port).as("kate").post("/api/v1/knowledge/articles/" + id + "/approve", "{}");
    Page editor = Browser.signIn(Browser.open(port), "agent");
    editor.navigate("/knowledge/" + id + "/edit");
    assertThat(editor.locator("#revision-note")).containsText("saving sends your changes");
    Accessibility.assertNoViolations(editor);
    editor.getByLabel("Body").fill("Press source twice.");
    editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
    assertThat(editor.locator("#pending-revision")).containsText("waiting for review");

    Page page = Browser.signIn(Browser.open(port), "kate");
    page.navigate("/knowledge/" + id);
    assertThat(page.locator("#pending-revision")).containsText("Version 2 by agent");
    assertThat(page.locator("article")).containsText("Press input.");
    Accessibility.assertNoViolations(page);
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions().setName("Compare the revision with the published version"))
        .click();
    assertThat(page.locator("#diff ins")).containsText("source twice");
    Accessibility.assertNoViolations(page);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish"))
        .click();
    assertThat(page.locator("article")).containsText("Press source twice.");
    assertThat(page.locator("#pending-revision")).hasCount(0);
  }
}
