package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.atumdesk.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The agent's pages in a real browser: they render, pass axe-core, and break no CSP rule. */
@IntegrationTest
class WorkspaceBrowserIntegrationTests {

  @LocalServerPort int port;

  @AfterEach
  void closeWindows() {
    Browser.closeWindows();
  }

  @Test
  void agentSeesTheInboxAndOpensATicket() {
    Page page = Browser.signIn(Browser.open(port), "agent");
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/inbox.*"));
    Accessibility.assertNoViolations(page);

    page.locator("#inbox-rows a").first().click();
    assertThat(page.locator("#ticket-title")).isVisible();
    assertThat(page.locator(".diagram .current").first()).isVisible();
    Accessibility.assertNoViolations(page);
    assertThat(Browser.consoleErrors(page)).isEmpty();
  }

  @Test
  void theCommandPaletteFindsATicketBySubject() {
    Page page = Browser.signIn(Browser.open(port), "agent");
    page.keyboard().press("Control+k");
    assertThat(page.locator("#palette")).isVisible();
    page.keyboard().type("crm");
    assertThat(page.locator("#palette-results [role=option]").first())
        .containsText("Cannot log in to the CRM");
    page.keyboard().press("Enter");
    assertThat(page.locator("#ticket-title")).hasText("Cannot log in to the CRM");
    Accessibility.assertNoViolations(page);
  }

  @Test
  void customersHaveNoCommandPalette() {
    Page page = Browser.signIn(Browser.open(port), "customer");
    page.keyboard().press("Control+k");
    assertThat(page.locator("#palette")).hasCount(0);
  }

  @Test
  void aDesignerLandsInTheStudio() {
    Page page = Browser.signIn(Browser.open(port), "designer");
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/studio$"));
    assertThat(page.locator("h1")).hasText("Studio");
    Accessibility.assertNoViolations(page);
  }
}
