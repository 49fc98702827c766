package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.atumdesk.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An XSS corpus typed into the portal (subject, description, reply, file names) is shown as the
 * text it is, on the customer's page and on the agent's, and runs nothing. The CSP would block an
 * inline script anyway; that it never had to is seen in the console, which reports every refusal.
 */
@IntegrationTest
class HostileInputBrowserIntegrationTests {

  static final String SCRIPT = "<script>window.__xss=1</script>";
  static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
  static final String SVG = "\"><svg onload=window.__xss=1>";
  static final String LINK = "javascript:window.__xss=1";

  /** Elements or attributes that would only exist if the corpus had been parsed as markup. */
  static final String INJECTED =
      "main script:not([type='application/json']), main img, main [onerror], main [onload]";

  @LocalServerPort int port;

  @AfterEach
  void closeWindows() {
    Browser.closeWindows();
  }

  @Test
  void theCorpusRendersAsTextAndRunsNothingForTheCustomerOrTheAgent() {
    String subject = SCRIPT + IMG;
    String description = String.join("\n", SCRIPT, IMG, SVG, LINK);
    Page customer = Browser.signIn(Browser.open(port), "customer");
    customer.navigate("/portal/tickets/new");
    customer.getByLabel("Subject").fill(subject);
    customer.getByLabel("Description").fill(description);
    customer.getByLabel("Category").selectOption("other");
    customer
        .getByLabel("Attachments")
        .setInputFiles(PortalBrowserIntegrationTests.text(IMG + ".txt", SCRIPT));
    button(customer, "Raise the ticket").click();
    assertThat(customer).hasURL(PortalBrowserIntegrationTests.TICKET_PAGE);
    String key = customer.url().substring(customer.url().lastIndexOf('/') + 1);

    customer.getByLabel("Message").fill(SVG + " " + LINK);
    customer
        .getByLabel("Attachments")
        .setInputFiles(PortalBrowserIntegrationTests.text(SVG + ".txt", IMG));
    button(customer, "Send reply").click();
    assertThat(customer.locator(".flash").first()).hasText("Your reply was sent.");

    assertThat(customer.locator("#ticket-title")).hasText(subject);
    assertThat(customer.locator("main")).containsText(SVG + " " + LINK);
    assertThat(customer.locator("main")).containsText(SCRIPT);
    assertThat(customer.locator("#timeline a")).hasCount(2);
    assertNothingRan(customer);
    assertThat(Browser.consoleErrors(customer)).isEmpty();

    Page agent = Browser.signIn(Browser.open(port), "agent");
    agent.navigate("/tickets/" + key);
    assertThat(agent.locator("#ticket-title")).hasText(subject);
    assertThat(agent.locator("#timeline")).containsText(SVG + " " + LINK);
    assertNothingRan(agent);
    assertThat(Browser.consoleErrors(agent)).isEmpty();
  }

  private static void assertNothingRan(Page page) {
    assertThat(page.evaluate("() => window.__xss")).isNull();
    assertThat(page.locator(INJECTED)).hasCount(0);
  }

  private static com.microsoft.playwright.Locator button(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }
}
