package io.atumdesk.knowledge;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An article's life over the API: written by an agent, reviewed by a knowledge manager through the
 * {@code knowledge-article} process (sent back with comments, resubmitted, published, retired),
 * every saved version kept with a diff, "was this helpful" votes; and what customers may not see.
 */
@IntegrationTest
class KnowledgeReviewIntegrationTests {

  @LocalServerPort int port;
  Api agent;
  Api kate;
  Api customer;
  Api globexCustomer;
  String run;

  @BeforeEach
  void signIn() {
    agent = new Api(port).as("agent");
    kate = new Api(port).as("kate");
    customer = new Api(port).as("customer");
    globexCustomer = new Api(port).as("customer2");
    run = Long.toString(System.nanoTime(), 36);
  }

  @Test
  void aDraftIsSentBackWithCommentsThenPublishedAndRetiredThroughTheReviewProcess() {
    long id = draft("PUBLIC");
    assertThat(customer.get(path(id)).status()).isEqualTo(404);

    var submitted = agent.post(path(id) + "/submit", "");
    assertThat(submitted.field("status")).as(submitted.toString()).isEqualTo("IN_REVIEW");
    assertThat(kate.get("/api/v1/knowledge/review-queue").text()).contains("\"id\":" + id);
    assertProblem(agent.post(path(id) + "/approve", "{}"), 403);

    assertProblem(kate.post(path(id) + "/reject", "{}"), 400, "comment");
    var rejected = kate.post(path(id) + "/reject", "{\"comment\":\"Add the portal address\"}");
    assertThat(rejected.field("status")).as(rejected.toString()).isEqualTo("DRAFT");
    assertThat(rejected.field("reviewComment")).isEqualTo("Add the portal address");
    assertThat(kate.get("/api/v1/knowledge/review-queue").text()).doesNotContain("\"id\":" + id);

    agent.send("PUT", path(id), article("PUBLIC", "Use the **portal** vpn.acme.example."));
    agent.post(path(id) + "/submit", "");
    var approved = kate.post(path(id) + "/approve", "{\"comment\":\"Clear now\"}");
    assertThat(approved.field("status")).as(approved.toString()).isEqualTo("PUBLISHED");
    assertThat(approved.field("publishedAt")).isNotBlank();
    assertThat(customer.get(path(id)).field("html")).contains("<strong>portal</strong>");

    assertProblem(agent.post(path(id) + "/retire", ""), 403);
    assertThat(kate.post(path(id) + "/retire", "").field("status")).isEqualTo("RETIRED");
    assertThat(customer.get(path(id)).status()).isEqualTo(404);
    assertProblem(agent.send("PUT", path(id), article("PUBLIC", "again")), 409);
    assertProblem(kate.post(path(id) + "/retire", ""), 409);
  }

  @Test
  void theLastEditorMayNotApproveTheirOwnChanges() {
    var created = kate.post("/api/v1/knowledge/articles", article("INTERNAL", "Kate's own"));
    long id = created.json().path("id").asLong();
    kate.post(path(id) + "/submit", "");
    assertProblem(kate.post(path(id) + "/approve", "{}"), 403);
  }

  @Test
  void everySavedVersionIsKeptAndTwoVersionsCanBeCompared() {
    long id = draft("INTERNAL");
    agent.send("PUT", path(id), article("PUBLIC", "Second body line.\nShared line."));
    // Saving the same content again is not a new version.
    agent.send("PUT", path(id), article("PUBLIC", "Second body line.\nShared line."));

    var versions = agent.get(path(id) + "/versions").json();
    assertThat(versions.size()).isEqualTo(2);
    assertThat(versions.get(0).path("version").asInt()).isEqualTo(2);
    assertThat(versions.get(1).path("content").path("body").asString()).startsWith("First body");

    var diff = agent.get(path(id) + "/diff?from=1&to=2").json();
    assertThat(diff.path("fields").toString()).contains("audience").contains("INTERNAL");
    assertThat(diff.path("body").toString())
        .contains("{\"change\":\"REMOVED\",\"text\":\"First body line.\"}")
        .contains("{\"change\":\"ADDED\",\"text\":\"Second body line.\"}")
        .contains("{\"change\":\"SAME\",\"text\":\"Shared line.\"}");
    assertProblem(agent.get(path(id) + "/diff?from=1&to=9"), 404);
    assertProblem(customer.get(path(id) + "/versions"), 403);
  }

  @Test
  void readersVoteOnceAndTheirSecondVoteReplacesTheFirst() {
    long id = published("PUBLIC");
    assertThat(customer.post(path(id) + "/feedback", "{\"helpful\":false}").status())
        .isEqualTo(204);
    customer.post(path(id) + "/feedback", "{\"helpful\":true,\"comment\":\"worked\"}");
    agent.post(path(id) + "/feedback", "{\"helpful\":true}");
    var article = agent.get(path(id)).json();
    assertThat(article.path("helpful").asLong()).isEqualTo(2);
    assertThat(article.path("notHelpful").asLong()).isZero();
    assertProblem(customer.post(path(id) + "/feedback", "{}"), 400, "helpful");
  }

  @Test
  void customersNeverReadInternalArticlesNorTenantsEachOthers() {
    long internal = published("INTERNAL");
    long open = published("PUBLIC");
    assertProblem(customer.get(path(internal)), 404);
    assertProblem(customer.post(path(internal) + "/feedback", "{\"helpful\":true}"), 404);
    assertThat(customer.get(path(open)).status()).isEqualTo(200);
    assertProblem(globexCustomer.get(path(open)), 404);
    assertProblem(new Api(port).as("agent2").get(path(internal)), 404);
    assertProblem(customer.post("/api/v1/knowledge/articles", article("PUBLIC", "x")), 403);
  }

  @Test
  void aResolvedTicketBecomesAnInternalDraftInOneCall() {
    String key =
        customer
            .post(
                "/api/v1/tickets",
                "{\"type\":\"INCIDENT\",\"subject\":\"Scanner stops "
                    + run
                    + "\",\"description\":\"The scanner stops after one page.\",\"category\":\"hardware\"}")
            .field("key");
    assertProblem(agent.post("/api/v1/knowledge/articles/from-ticket/" + key, ""), 409);
    agent.post(
        "/api/v1/tasks/" + agent.openTask(key).path("id").asString() + "/complete",
        "{\"outcome\":\"resolved\",\"resolution\":\"Cleaned the feed roller.\"}");

    var draft = agent.post("/api/v1/knowledge/articles/from-ticket/" + key, "");
    assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
    assertThat(draft.field("title")).isEqualTo("Scanner stops " + run);
    assertThat(draft.field("body"))
        .contains("The scanner stops after one page.")
        .contains("Cleaned the feed roller.");
    assertThat(draft.field("audience")).isEqualTo("INTERNAL");
    assertThat(draft.field("status")).isEqualTo("DRAFT");
    assertThat(draft.field("language")).isEqualTo("en");
    assertThat(draft.field("sourceTicketKey")).isEqualTo(key);
    assertProblem(customer.post("/api/v1/knowledge/articles/from-ticket/" + key, ""), 403);
  }

  @Test
  void badInputNamesTheFieldsToCorrect() {
    var refused =
        agent.post(
            "/api/v1/knowledge/articles",
            "{\"title\":\"\",\"body\":\"\",\"language\":\"xx\",\"audience\":\"EVERYONE\"}");
    assertProblem(refused, 400, "audience");
    var many = agent.post("/api/v1/knowledge/articles", "{\"title\":\"\",\"language\":\"xx\"}");
    assertProblem(many, 400, "title");
    assertThat(many.text()).contains("body").contains("language");
    assertProblem(agent.get("/api/v1/knowledge/articles?status=LOST"), 400, "status");
    assertProblem(agent.get("/api/v1/knowledge/articles/not-a-number"), 400);
  }

  private long draft(String audience) {
    var created =
        agent.post(
            "/api/v1/knowledge/articles", article(audience, "First body line.\nShared line."));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.field("status")).isEqualTo("DRAFT");
    return created.json().path("id").asLong();
  }

  private long published(String audience) {
    long id = draft(audience);
    agent.post(path(id) + "/submit", "");
    assertThat(kate.post(path(id) + "/approve", "{}").field("status")).isEqualTo("PUBLISHED");
    return id;
  }

  private String article(String audience, String body) {
    return """
        {"title":"VPN set-up %s","body":"%s","category":"network",
         "tags":["vpn","Remote-Work"],"language":"en","audience":"%s"}
        """
        .formatted(run, body.replace("\n", "\\n"), audience);
  }

  private static String path(long id) {
    return "/api/v1/knowledge/articles/" + id;
  }
}
