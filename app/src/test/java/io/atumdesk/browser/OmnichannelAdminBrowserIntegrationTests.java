package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.atumdesk.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin manages webhook subscriptions and sources, messaging accounts, chat widgets and alert
 * sources in a real browser: problems next to the fields, secrets shown once and never refilled,
 * edit pages, switching off; every page accessible and without console errors.
 */
@IntegrationTest
class OmnichannelAdminBrowserIntegrationTests {

  static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);
  static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  @LocalServerPort int port;
  Page admin;

  @BeforeEach
  void signIn() {
    admin = Browser.signIn(Browser.open(port), "admin");
  }

  @AfterEach
  void closeWindows() {
    assertThat(Browser.consoleErrors(admin)).isEmpty();
    Browser.closeWindows();
  }

  @Test
  void anAdminSubscribesChangesAndSwitchesOffAWebhook() {
    admin.navigate("/admin/webhooks");
    admin.getByLabel("Name", EXACT).first().fill("CRM " + RUN);
    admin.getByLabel("URL", EXACT).fill("http://127.0.0.2/hook");
    admin.getByLabel("ticket.raised").check();
    click("Add subscription");

    assertThat(admin.locator("#sub-url-error")).containsText("refused");
    assertThat(admin.getByLabel("URL", EXACT)).hasAttribute("aria-invalid", "true");
    assertThat(admin.getByLabel("Name", EXACT).first()).hasValue("CRM " + RUN);
    Accessibility.assertNoViolations(admin);

    admin.getByLabel("URL", EXACT).fill("http://127.0.0.1:9/hook");
    click("Add subscription");
    assertThat(admin.locator("#subscription-created")).containsText("CRM " + RUN);
    String secret = admin.locator("#subscription-secret").inputValue();
    assertThat(secret).startsWith("whsec_");
    Accessibility.assertNoViolations(admin);

    admin.navigate("/admin/webhooks");
    assertThat(admin.content()).doesNotContain(secret);
    admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit CRM " + RUN)).click();
    admin.getByLabel("ticket.closed").check();
    Accessibility.assertNoViolations(admin);
    click("Save");
    assertThat(admin.locator(".flash")).hasText("Subscription CRM " + RUN + " is saved.");
    assertThat(row("CRM " + RUN)).containsText("ticket.closed, ticket.raised");

    click("Switch CRM " + RUN + " off");
    assertThat(admin.locator(".flash")).hasText("CRM " + RUN + " is switched off.");
    assertThat(cell("CRM " + RUN, 3)).hasText("no");
  }

  @Test
  void anAdminAddsAnInboundSourceWithItsMappingAndChangesIt() {
    String name = "crm-browser-" + RUN;
    admin.navigate("/admin/webhooks");
    admin.getByLabel("Name (part of its URL)").fill(name);
    click("Add source");
    assertThat(admin.locator("#map-error")).containsText("subject");
    Accessibility.assertNoViolations(admin);

    admin.getByLabel("Subject", EXACT).fill("$.issue.title");
    click("Add source");
    assertThat(admin.locator("#source-created")).containsText("/api/v1/hooks/webhook/" + name);
    assertThat(admin.locator("#source-secret").inputValue()).startsWith("whsrc_");

    admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit " + name)).click();
    assertThat(admin.getByLabel("Subject", EXACT)).hasValue("$.issue.title");
    admin.getByLabel("External id (repeats continue its ticket)").fill("$.issue.id");
    click("Save");
    assertThat(admin.locator(".flash")).hasText("Source " + name + " is saved.");
    click("Switch " + name + " off");
    assertThat(cell(name, 2)).hasText("no");
  }

  @Test
  void anAdminAddsAMessagingAccountWhoseSecretsStayWriteOnly() {
    String name = "workspace-" + RUN;
    admin.navigate("/admin");
    admin
        .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Messaging channels"))
        .click();
    admin.locator("#add-slack summary").click();
    Locator slack = admin.locator("#add-slack");
    slack.getByLabel("Account", new Locator.GetByLabelOptions().setExact(true)).fill(name);
    slack.getByLabel("Bot token (secret)").fill("xoxb-" + RUN);
    click("Add a Slack account");

    assertThat(admin.locator("#acc-slack-signingSecret-error")).containsText("is needed");
    assertThat(slack.getByLabel("Signing secret (secret)")).isVisible();
    assertThat(slack.getByLabel("Bot token (secret)")).hasValue("");
    Accessibility.assertNoViolations(admin);

    slack.getByLabel("Bot token (secret)").fill("xoxb-" + RUN);
    slack.getByLabel("Signing secret (secret)").fill("sign-" + RUN);
    click("Add a Slack account");
    assertThat(admin.locator(".flash")).containsText("/api/v1/hooks/slack/");
    assertThat(admin.content()).doesNotContain("xoxb-" + RUN).doesNotContain("sign-" + RUN);

    admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit " + name)).click();
    assertThat(admin.getByLabel("Bot token (secret)")).hasValue("");
    assertThat(admin.locator("#acc-botToken-hint"))
        .hasText("Set. Leave empty to keep it, or type a new one.");
    admin.getByLabel("API base URL (only for a compatible provider)").fill("https://slack.example");
    Accessibility.assertNoViolations(admin);
    click("Save");
    assertThat(admin.locator(".flash")).containsText("Account " + name + " is saved.");

    click("Switch " + name + " off");
    assertThat(cell(name, 3)).hasText("Off");
  }

  @Test
  void anAdminAddsChangesAndSwitchesOffAChatWidget() {
    String name = "Shop " + RUN;
    admin.navigate("/admin/chat");
    admin.getByLabel("Name", EXACT).fill(name);
    admin
        .getByLabel("Allowed origins (like https://shop.example), one per line")
        .fill("shop.example/x");
    click("Add widget");

    assertThat(admin.locator("#widget-origins-error")).containsText("shop.example/x");
    assertThat(admin.getByLabel("Name", EXACT)).hasValue(name);
    Accessibility.assertNoViolations(admin);

    admin
        .getByLabel("Allowed origins (like https://shop.example), one per line")
        .fill("https://shop.example");
    click("Add widget");
    assertThat(admin.locator(".flash"))
        .hasText("Widget " + name + " is added; put its embed code on your site.");

    admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit " + name)).click();
    admin.getByLabel("Greeting").fill("Moin!");
    Accessibility.assertNoViolations(admin);
    click("Save");
    assertThat(admin.locator(".flash")).hasText("Widget " + name + " is saved.");

    click("Switch " + name + " off");
    assertThat(admin.locator(".flash"))
        .hasText("Widget " + name + " is switched off; its sites cannot start chats.");
    assertThat(
            admin
                .locator("section.card")
                .filter(new Locator.FilterOptions().setHasText(name))
                .locator("dd")
                .nth(2))
        .hasText("no");
  }

  @Test
  void anAdminAddsReKeysAndSwitchesOffAnAlertSource() {
    String key = "prom-browser-" + RUN;
    admin.navigate("/admin");
    admin
        .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Monitoring alerts"))
        .click();
    admin.getByLabel("Key", EXACT).fill("Not A Key");
    click("Add source");
    assertThat(admin.locator("#alert-key-error")).containsText("lower-case");
    Accessibility.assertNoViolations(admin);

    admin.getByLabel("Key", EXACT).fill(key);
    admin.getByLabel("Category", EXACT).fill("monitoring");
    admin.getByLabel("When an alert recovers").selectOption("note");
    click("Add source");
    assertThat(admin.locator("#source-keyed")).containsText("/api/v1/hooks/alerts/" + key);
    String first = admin.locator("#source-secret").inputValue();
    assertThat(first).startsWith("alsrc_");
    assertThat(cell(key, 4)).hasText("Only note it on the timeline");
    Accessibility.assertNoViolations(admin);

    click("New secret for " + key);
    String second = admin.locator("#source-secret").inputValue();
    assertThat(second).startsWith("alsrc_").isNotEqualTo(first);

    admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit " + key)).click();
    admin.getByLabel("Type", EXACT).selectOption("generic");
    Accessibility.assertNoViolations(admin);
    click("Save");
    assertThat(admin.locator(".flash")).hasText("Source " + key + " is saved.");
    assertThat(cell(key, 1)).hasText("Generic JSON");
    click("Switch " + key + " off");
    assertThat(cell(key, 5)).hasText("Off");
  }

  @Test
  void nobodyButAnAdminOpensTheseAdminPages() {
    Page agent = Browser.signIn(Browser.open(port), "agent");
    for (String path :
        new String[] {"/admin/webhooks", "/admin/channels", "/admin/chat", "/admin/alerts"}) {
      assertThat(agent.navigate(path).status()).as(path).isEqualTo(403);
    }
  }

  private void click(String button) {
    admin
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true))
        .click();
  }

  private Locator row(String text) {
    return admin.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(text));
  }

  private Locator cell(String rowText, int column) {
    return row(rowText).locator("td").nth(column);
  }
}
