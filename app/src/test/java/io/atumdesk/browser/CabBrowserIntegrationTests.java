package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The CAB's approvals view in a real browser: deciding in one step, and who may decide what. */
@IntegrationTest
class CabBrowserIntegrationTests {

  @LocalServerPort int port;

  @AfterEach
  void closeWindows() {
    Browser.closeWindows();
  }

  @Test
  void aBoardMemberApprovesAChangeWithACommentAndItsTimelineShowsTheVote() {
    String key = raiseChange("Replace the edge firewall", "Sunday 02:00, failover pair first");
    Page cab = Browser.signIn(Browser.open(port), "cab");
    assertThat(cab).hasURL(Pattern.compile(".*/cab$"));
    Locator approval = approval(cab, key);
    assertThat(approval).containsText("Replace the edge firewall");
    assertThat(approval).containsText("Sunday 02:00, failover pair first");
    assertThat(approval).containsText("impact high");
    assertThat(approval).containsText("agent");
    Accessibility.assertNoViolations(cab);

    approval.getByLabel("Comment for " + key).fill("Window agreed with the network team");
    button(approval, "Approve").click();

    assertThat(cab.locator(".flash")).hasText("You approved " + key + ".");
    assertThat(approval(cab, key)).hasCount(0);
    assertThat(Browser.consoleErrors(cab)).isEmpty();
    Page agent = Browser.signIn(Browser.open(port), "agent");
    agent.navigate("/tickets/" + key);
    Locator vote =
        agent
            .locator("#timeline li")
            .filter(new Locator.FilterOptions().setHasText("Window agreed with the network team"));
    assertThat(vote).containsText("cab");
    assertThat(vote.locator(".body")).hasText("Approved\nWindow agreed with the network team");
  }

  @Test
  void aRejectionWithoutACommentIsRefusedWithAMessageAndTheChangeKeepsWaiting() {
    String key = raiseChange("Move the mail server", "During office hours");
    Page cab = Browser.signIn(Browser.open(port), "cab");

    button(approval(cab, key), "Reject").click();

    assertThat(cab.getByRole(AriaRole.ALERT))
        .hasText("A rejection needs a reason: write in the comment what would have to change.");
    assertThat(approval(cab, key)).hasCount(1);
    approval(cab, key).getByLabel("Comment for " + key).fill("Not during office hours");
    button(approval(cab, key), "Reject").click();
    assertThat(cab.locator(".flash")).hasText("You rejected " + key + ".");
    assertThat(new Api(port).as("agent").get("/api/v1/tickets/" + key).field("status"))
        .isEqualTo("CLOSED");
  }

  @Test
  void onlyTheBoardOpensTheViewAndDecidesOnlyApprovalStepsThere() {
    Page agent = Browser.signIn(Browser.open(port), "agent");
    assertThat(agent.navigate("/cab").status()).isEqualTo(403);
    Api api = new Api(port).as("agent");
    String incident =
        api.post("/api/v1/tickets", "{\"type\":\"INCIDENT\",\"subject\":\"Fan noise\"}")
            .field("key");
    String resolveTask = api.openTask(incident).path("id").asString();
    String change = raiseChange("Patch the VPN gateway", "Tonight");
    String approveTask = new Api(port).as("cab").openTask(change).path("id").asString();

    // The board member is no candidate of the incident's step: it does not exist for them.
    Page cab = Browser.signIn(Browser.open(port), "cab");
    assertThat(post(cab, resolveTask, "approve").status()).isEqualTo(404);
    // An administrator helps out in every queue, but this view decides approval steps only.
    Page admin = Browser.signIn(Browser.open(port), "admin");
    admin.navigate("/cab");
    assertThat(post(admin, resolveTask, "approve").status()).isEqualTo(404);
    assertThat(api.openTask(incident).path("taskKey").asString()).isEqualTo("resolveIncident");
    assertThat(post(admin, approveTask, "approve").ok()).isTrue();
    assertThat(api.openTask(change).path("taskKey").asString()).isEqualTo("implementChange");
  }

  private String raiseChange(String subject, String plan) {
    return new Api(port)
        .as("agent")
        .post(
            "/api/v1/tickets",
            """
            {"type":"CHANGE","subject":"%s","description":"%s",
             "impact":"HIGH","urgency":"MEDIUM","category":"network"}"""
                .formatted(subject, plan))
        .field("key");
  }

  /** Posts the row's form as the signed-in person, with the page's CSRF token. */
  private static APIResponse post(Page page, String taskId, String decision) {
    String token = page.locator("meta[name=_csrf]").getAttribute("content");
    return page.request()
        .post(
            "/cab/approvals/" + taskId,
            RequestOptions.create()
                .setForm(FormData.create().set("decision", decision).set("_csrf", token)));
  }

  private static Locator approval(Page page, String key) {
    return page.locator("article[data-ticket='" + key + "']");
  }

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
  }
}
