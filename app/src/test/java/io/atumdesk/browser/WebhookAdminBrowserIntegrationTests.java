package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.atumdesk.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The webhook admin page in a real browser: reachable from /admin, accessible, no CSP errors. */
@IntegrationTest
class WebhookAdminBrowserIntegrationTests {

  @LocalServerPort int port;

  @AfterEach
  void closeWindows() {
    Browser.closeWindows();
  }

  @Test
  void anAdminOpensTheWebhookPageFromTheAdministration() {
    Page admin = Browser.signIn(Browser.open(port), "admin");
    admin.navigate("/admin");

    admin.getByText("Webhooks").first().click();

    assertThat(admin.locator("h1")).hasText("Webhooks");
    assertThat(admin.locator("#dead-letters h2")).hasText("Dead letters");
    Accessibility.assertNoViolations(admin);
    assertThat(Browser.consoleErrors(admin)).isEmpty();
  }
}
