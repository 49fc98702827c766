package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.atumdesk.IntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service catalog in a real browser: a customer searches the catalog, orders two items with
 * their forms as one request and follows its progress; the manager approves through the mailed
 * link; the admin page lists the items. Every page is checked with axe.
 */
@IntegrationTest
class CatalogBrowserIntegrationTests {

  static final Pattern REQUEST_PAGE = Pattern.compile(".*/portal/requests/REQ-\\d{6,}$");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void closeWindows() {
    Browser.closeWindows();
  }

  @Test
  void customerOrdersTwoItemsAndFollowsTheirProgress() {
    Page page = Browser.signIn(Browser.open(port), "customer");
    page.navigate("/portal/catalog");
    Accessibility.assertNoViolations(page);

    page.getByLabel("Search").fill("laptop");
    assertThat(button(page, "Add to my request: Software access")).isHidden();
    button(page, "Add to my request: New laptop").click();
    assertThat(page.locator(".flash")).hasText("New laptop was added to your request.");
    button(page, "Add to my request: Software access").click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your request (2 items)"))
        .click();

    assertThat(page.getByLabel("Standard 14-inch laptop")).isVisible();
    Accessibility.assertNoViolations(page);
    button(page, "Send the request").click();
    assertThat(page.locator("#order-status")).containsText("New laptop");
    // Choices first: form-js re-renders a form while it takes typed text.
    page.getByLabel("Standard 14-inch laptop").click();
    page.getByLabel("Standard user").click();
    assertThat(page.getByLabel("Standard 14-inch laptop")).isChecked();
    assertThat(page.getByLabel("Standard user")).isChecked();
    page.getByLabel("Why do you need it?").fill("Mine broke");
    page.getByLabel("Software name").fill("Inkscape");
    button(page, "Send the request").click();

    assertThat(page).hasURL(REQUEST_PAGE);
    String key = page.url().substring(page.url().lastIndexOf('/') + 1);
    assertThat(page.locator("#order-status")).hasText("Awaiting approval");
    assertThat(page.locator("main"))
        .containsText("Waiting at 'Approve the order (manager)' for manager");
    Accessibility.assertNoViolations(page);

    approveByMailedLink(key);

    page.reload();
    assertThat(page.locator("#order-status")).hasText("Being fulfilled");
    assertThat(item(page, "New laptop"))
        .containsText("Waiting at 'Prepare the laptop' for it-support");
    assertThat(item(page, "Software access"))
        .containsText("Waiting at 'Grant the software access' for it-support");
    assertThat(item(page, "Software access")).containsText("Inkscape");
    Accessibility.assertNoViolations(page);
    assertThat(Browser.consoleErrors(page)).isEmpty();
  }

  @Test
  void adminSeesTheItemsAndIsToldWhatIsWrongWithANewOne() {
    Page page = Browser.signIn(Browser.open(port), "admin");
    page.navigate("/admin/catalog");
    assertThat(page.locator("#catalog-items")).containsText("New employee onboarding");
    Accessibility.assertNoViolations(page);

    page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Desk lamp");
    page.getByLabel("Category").fill("facilities");
    page.getByLabel("Description").fill("A lamp");
    page.getByLabel("Form").fill("no-such-form");
    page.getByLabel("Fulfilment process").fill("fulfil-laptop");
    button(page, "Add the item").click();

    assertThat(page.locator("[role=alert]")).containsText("formKey");
    assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)))
        .hasValue("Desk lamp");
    Accessibility.assertNoViolations(page);
  }

  private void approveByMailedLink(String key) {
    String body =
        jdbc.queryForObject(
            "select n.body from notification n join ticket t on t.id = n.ticket_id"
                + " where t.ticket_key = ? and t.tenant_id = 'acme' and n.recipient = 'manager'",
            String.class,
            key);
    var link = Pattern.compile("/approvals/[A-Za-z0-9_-]+").matcher(body);
    assertThat(link.find()).as(body).isTrue();
    Page approver = Browser.open(port);
    approver.navigate(link.group());
    assertThat(approver.locator("main")).containsText("customer ordered (" + key + ")");
    Accessibility.assertNoViolations(approver);
    approver.getByLabel("Approve").check();
    approver.getByLabel("Comment").fill("Fine by me");
    button(approver, "Send my decision").click();
    assertThat(approver.locator(".flash")).hasText("Thank you: your decision was recorded.");
    assertThat(button(approver, "Send my decision")).isHidden();
  }

  private static Locator item(Page page, String name) {
    return page.locator(".item-progress", new Page.LocatorOptions().setHasText(name));
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }
}
