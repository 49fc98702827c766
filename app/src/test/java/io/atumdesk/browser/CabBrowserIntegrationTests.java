package io.atumdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The CAB's view and the change calendar in a real browser: a member votes with a comment that
 * lands on the timeline, a rejection needs a reason, and the calendar shows a scheduled change with
 * its conflict marked in words.
 */
@IntegrationTest
class CabBrowserIntegrationTests {

  static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  @LocalServerPort int port;

  @AfterEach
  void closeWindows() {
    Browser.closeWindows();
  }

  @Test
  void aBoardMemberVotesOnAChangeWithACommentAndItsTimelineShowsTheVote() {
    String key = raise("NORMAL", "Replace the edge firewall", "HIGH", null);
    Page cab = Browser.signIn(Browser.open(port), "cab");
    assertThat(cab).hasURL(Pattern.compile(".*/cab$"));
    Locator change = change(cab, key);
    assertThat(change).containsText("Replace the edge firewall");
    assertThat(change).containsText("Plan for Replace the edge firewall");
    assertThat(change).containsText("Restore the previous rules");
    assertThat(change).containsText("medium risk");
    assertThat(change).containsText("Not scheduled yet");
    Accessibility.assertNoViolations(cab);

    change.getByLabel("Comment for " + key).fill("Window agreed with the network team");
    button(change, "Approve").click();

    assertThat(cab.locator(".flash")).hasText("You approved " + key + ".");
    assertThat(change(cab, key)).hasCount(0);
    assertThat(Browser.consoleErrors(cab)).isEmpty();
    assertThat(change(Browser.signIn(Browser.open(port), "cab2"), key))
        .containsText("cab: approves");
    String timeline = new Api(port).as("agent").get("/api/v1/tickets/" + key + "/timeline").text();
    assertThat(timeline).contains("CAB vote: approve\\nWindow agreed with the network team");
  }

  @Test
  void aRejectionWithoutACommentIsRefusedWithAMessageAndTheChangeKeepsWaiting() {
    String key = raise("NORMAL", "Move the mail server", "HIGH", null);
    Page cab = Browser.signIn(Browser.open(port), "cab3");

    button(change(cab, key), "Reject").click();

    assertThat(cab.getByRole(AriaRole.ALERT))
        .hasText("A rejection needs a reason: write in the comment what would have to change.");
    assertThat(change(cab, key)).hasCount(1);
    change(cab, key).getByLabel("Comment for " + key).fill("Not during office hours");
    button(change(cab, key), "Reject").click();
    assertThat(cab.locator(".flash")).hasText("You rejected " + key + ".");
  }

  @Test
  void theCalendarShowsAScheduledChangeWithItsConflictMarked() {
    Api admin = new Api(port).as("admin");
    String item =
        admin
            .post(
                "/api/v1/cis",
                "{\"type\":\"server\",\"name\":\"calendar-%s\",\"state\":\"IN_SERVICE\",\"attributes\":{}}"
                    .formatted(RUN))
            .field("key");
    String first = raise("STANDARD", "Rotate the keys", "LOW", item);
    String second = raise("STANDARD", "Renew the certificate", "LOW", item);
    Api agent = new Api(port).as("agent");
    String window =
        "{\"plannedStart\":\"2043-06-03T20:00:00Z\",\"plannedEnd\":\"2043-06-03T22:00:00Z\"}";
    assertThat(agent.post("/api/v1/changes/" + first + "/schedule", window).status())
        .isEqualTo(200);
    assertThat(agent.post("/api/v1/changes/" + second + "/schedule", window).status())
        .isEqualTo(200);

    Page cab = Browser.signIn(Browser.open(port), "cab");
    cab.navigate("/changes/calendar?view=week&date=2043-06-01");

    Locator wednesday = cab.locator("tr[data-day='2043-06-03']");
    assertThat(wednesday.locator("[data-change='" + first + "']")).containsText("Rotate the keys");
    assertThat(wednesday.locator("[data-change='" + second + "']"))
        .containsText("Conflict with " + first + " on " + item);
    assertThat(cab.locator("tr[data-day='2043-06-04'] [data-change]")).hasCount(0);
    Accessibility.assertNoViolations(cab);
    cab.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Month")).click();
    assertThat(cab.locator("tr[data-day='2043-06-30']")).hasCount(1);
    assertThat(Browser.consoleErrors(cab)).isEmpty();
  }

  @Test
  void onlyTheBoardOpensTheCabViewAndCustomersNotTheCalendar() {
    Page agent = Browser.signIn(Browser.open(port), "agent");
    assertThat(agent.navigate("/cab").status()).isEqualTo(403);
    assertThat(agent.navigate("/changes/calendar").status()).isEqualTo(200);
    Page customer = Browser.signIn(Browser.open(port), "customer");
    assertThat(customer.navigate("/changes/calendar").status()).isEqualTo(403);
  }

  private String raise(String type, String subject, String impact, String item) {
    var raised =
        new Api(port)
            .as("agent")
            .post(
                "/api/v1/changes",
                """
                {"type":"%s","subject":"%s","impact":"%s","category":"browser-%s",
                 "plan":"Plan for %s","rollbackPlan":"Restore the previous rules",
                 "testEvidence":"Staging run","affectedCis":[%s],"submit":true}"""
                    .formatted(
                        type,
                        subject,
                        impact,
                        RUN,
                        subject,
                        item == null ? "" : "\"" + item + "\""));
    assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
    return raised.field("key");
  }

  private static Locator change(Page page, String key) {
    return page.locator("article[data-ticket='" + key + "']");
  }

  private static Locator button(Locator scope, String name) {
    return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
  }
}
