package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.atumdesk.IntegrationTest;
import io.atumdesk.outbox.Envelope;
import io.atumdesk.outbox.Outbox;
import io.atumdesk.outbox.OutboxDispatcher;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox's admin page: counts, dead letters with their reason, and sending one again. */
@IntegrationTest
class OutboxBrowserIntegrationTests {

  static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  @LocalServerPort int port;
  @Autowired Outbox outbox;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired PlatformTransactionManager transactions;

  @AfterEach
  void closeWindows() {
    Browser.closeWindows();
  }

  @Test
  void anAdminSeesADeadLetterWithItsReasonAndQueuesItAgain() {
    String to = "pigeon-" + RUN + "@customer.example";
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            s ->
                outbox.queue(
                    "acme",
                    new Envelope(
                        "pigeon",
                        "coop",
                        to,
                        null,
                        "Coo " + RUN,
                        "Coo",
                        null,
                        Map.of(),
                        null,
                        null,
                        null)));
    dispatcher.dispatchDue(Instant.now());
    Page admin = Browser.signIn(Browser.open(port), "admin");
    admin.navigate("/admin");
    admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Outbox")).click();

    Locator row = admin.locator("tr").filter(new Locator.FilterOptions().setHasText(to));
    assertThat(row).containsText("No transport sends on channel 'pigeon'.");
    assertThat(admin.locator("dd[data-status=DEAD]")).not().hasText("0");
    Accessibility.assertNoViolations(admin);

    row.getByRole(AriaRole.BUTTON).click();

    assertThat(row.getByRole(AriaRole.STATUS))
        .hasText("Queued again; it goes out with the next round.");
    assertThat(Browser.consoleErrors(admin)).isEmpty();
  }

  @Test
  void onlyAdminsOpenTheOutbox() {
    Page agent = Browser.signIn(Browser.open(port), "agent");
    assertThat(agent.navigate("/admin/outbox").status()).isEqualTo(403);
  }
}
