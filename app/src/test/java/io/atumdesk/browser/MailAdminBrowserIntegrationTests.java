package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.atumdesk.IntegrationTest;
import io.atumdesk.channel.MailPoller;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin adds a mailbox on a real IMAP server (GreenMail) in the browser, tests its connection,
 * and finds the mail it could not read in the quarantine; nobody else opens these pages.
 */
@IntegrationTest
class MailAdminBrowserIntegrationTests {

  @RegisterExtension
  static final GreenMailExtension IMAP =
      new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort()).withPerMethodLifecycle(false);

  static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);
  static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  @LocalServerPort int port;
  @Autowired MailPoller poller;

  @AfterEach
  void closeWindows() {
    Browser.closeWindows();
  }

  @Test
  void anAdminAddsAMailboxTestsItAndSeesItsQuarantine() throws Exception {
    String name = "browser-" + RUN;
    var user = IMAP.setUser(name + "@acme.example", name, "pa55");
    Page admin = Browser.signIn(Browser.open(port), "admin");
    admin.navigate("/admin");
    admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mailboxes")).click();

    admin.getByLabel("Name", EXACT).fill(name);
    admin.getByLabel("Protocol", EXACT).selectOption("imap");
    admin.getByLabel("Host", EXACT).fill("127.0.0.1");
    admin.getByLabel("Port", EXACT).fill(Integer.toString(IMAP.getImap().getPort()));
    admin.getByLabel("User name", EXACT).fill(name);
    admin.getByLabel("Password", EXACT).fill("pa55");
    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add mailbox")).click();

    assertThat(admin.locator(".flash")).hasText("Mailbox " + name + " added.");
    Locator mailbox =
        admin.locator("article.mailbox").filter(new Locator.FilterOptions().setHasText(name));
    assertThat(mailbox).containsText("imap://" + name + "@127.0.0.1");
    assertThat(admin.content()).doesNotContain("pa55");
    mailbox
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Test connection"))
        .click();
    assertThat(mailbox.getByRole(AriaRole.STATUS)).containsText("Connected.");
    assertThat(mailbox.getByRole(AriaRole.STATUS)).containsText("INBOX");
    Accessibility.assertNoViolations(admin);

    user.deliver(
        new MimeMessage(
            Session.getInstance(new Properties()),
            new ByteArrayInputStream(
                ("From: broken-"
                        + RUN
                        + "@example.org\r\nMessage-ID: <broken-"
                        + RUN
                        + "@example.org>\r\n"
                        + "Subject: Broken\r\nContent-Type: multipart/mixed; boundary=\"gone\"\r\n\r\nno parts\r\n")
                    .getBytes(StandardCharsets.US_ASCII))));
    poller.pollAll();
    admin.navigate("/admin/mail-quarantine");
    Locator held = admin.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(name));
    assertThat(held).hasCount(1);
    assertThat(held).containsText("Unreadable");
    Accessibility.assertNoViolations(admin);
    assertThat(Browser.consoleErrors(admin)).isEmpty();

    held.locator("summary").click();
    held.getByRole(
            AriaRole.BUTTON,
            new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Yes, delete")))
        .click();
    assertThat(admin.locator(".flash")).hasText("The mail was deleted.");
    assertThat(admin.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(name)))
        .hasCount(0);

    admin.navigate("/admin/mailboxes");
    admin
        .locator("article.mailbox")
        .filter(new Locator.FilterOptions().setHasText(name))
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Disable " + name))
        .click();
    assertThat(admin.locator(".flash")).hasText("Mailbox " + name + " disabled.");
  }

  @Test
  void nobodyButAnAdminOpensTheMailPages() {
    Page agent = Browser.signIn(Browser.open(port), "agent");
    assertThat(agent.navigate("/admin/mailboxes").status()).isEqualTo(403);
    assertThat(agent.navigate("/admin/mail-quarantine").status()).isEqualTo(403);
    Page customer = Browser.signIn(Browser.open(port), "customer");
    assertThat(customer.navigate("/admin/mail-quarantine").status()).isEqualTo(403);
  }
}
