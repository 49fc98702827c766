package io.atumdesk.knowledge;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Edits of a published article are reviewed again: readers (the portal, the API, the search and its
 * vector) keep the published text until another knowledge manager approves the revision; rejected,
 * it goes back to its editor; one revision an article at a time.
 */
@IntegrationTest
class KnowledgeRevisionIntegrationTests {

  @LocalServerPort int port;
  @Autowired Articles articles;
  Api agent;
  Api kate;
  Api customer;
  String run;

  @BeforeEach
  void signIn() {
    agent = new Api(port).as("agent");
    kate = new Api(port).as("kate");
    customer = new Api(port).as("customer");
    run = Long.toString(System.nanoTime(), 36);
  }

  @Test
  void readersSeeThePublishedTextUntilAnotherManagerApprovesTheRevision() {
    long id = published();
    float[] publishedVector = articles.findById(id).orElseThrow().vector();
    assertThat(publishedVector).isNotNull();

    var edited = agent.send("PUT", path(id), article("Printer guide", "Newer words beta" + run));
    assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
    assertThat(edited.field("status")).isEqualTo("PUBLISHED");
    assertThat(edited.field("title")).isEqualTo("Old title " + run);
    JsonNode revision = edited.json().path("revision");
    assertThat(revision.path("version").asInt()).isEqualTo(2);
    assertThat(revision.path("editor").asString()).isEqualTo("agent");
    assertThat(revision.path("inReview").asBoolean()).isTrue();

    // Customers, the portal and the search still read version 1, and its vector stays.
    assertThat(customer.get(path(id)).field("body")).isEqualTo("Older words alpha" + run);
    assertThat(portalPage(id)).contains("Old title " + run).doesNotContain("beta" + run);
    assertThat(hits("alpha" + run)).containsExactly(id);
    assertThat(hits("beta" + run)).doesNotContain(id);
    assertThat(articles.findById(id).orElseThrow().vector()).isEqualTo(publishedVector);
    var diff = agent.get(path(id) + "/diff?from=1&to=2").json();
    assertThat(diff.path("fields").toString()).contains("Printer guide " + run);
    assertThat(kate.get("/api/v1/knowledge/review-queue").text()).contains("\"id\":" + id);
    assertThat(agentPage(id))
        .contains("id=\"pending-revision\"")
        .contains("/knowledge/" + id + "/diff?from=1&amp;to=2");

    assertProblem(agent.post(path(id) + "/approve", "{}"), 403);
    var approved = kate.post(path(id) + "/approve", "{}");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.field("title")).isEqualTo("Printer guide " + run);
    assertThat(approved.json().path("version").asInt()).isEqualTo(2);
    assertThat(approved.json().path("revision").isEmpty()).isTrue();

    assertThat(hits("beta" + run)).containsExactly(id);
    assertThat(hits("alpha" + run)).doesNotContain(id);
    assertThat(customer.get(path(id)).field("title")).isEqualTo("Printer guide " + run);
    assertThat(portalPage(id)).contains("beta" + run);
    assertThat(articles.findById(id).orElseThrow().vector()).isNotEqualTo(publishedVector);
    assertThat(kate.get("/api/v1/knowledge/review-queue").text()).doesNotContain("\"id\":" + id);
    // The revision's review now stands for the article: it can be retired.
    assertThat(kate.post(path(id) + "/retire", "").field("status")).isEqualTo("RETIRED");
  }

  @Test
  void aRejectedRevisionReturnsToItsEditorAndThePublishedTextStays() {
    long id = published();
    agent.send("PUT", path(id), article("Printer guide", "Newer words beta" + run));

    assertProblem(kate.post(path(id) + "/reject", "{}"), 400, "comment");
    var rejected = kate.post(path(id) + "/reject", "{\"comment\":\"Name the driver\"}");
    assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
    assertThat(rejected.field("status")).isEqualTo("PUBLISHED");
    assertThat(rejected.field("title")).isEqualTo("Old title " + run);
    assertThat(rejected.json().path("revision").path("inReview").asBoolean()).isFalse();
    assertThat(rejected.json().path("revision").path("comment").asString())
        .isEqualTo("Name the driver");
    assertThat(hits("alpha" + run)).containsExactly(id);
    assertThat(hits("beta" + run)).doesNotContain(id);
    assertProblem(kate.post(path(id) + "/approve", "{}"), 409);
    // The knowledge home lists it with the drafts, so its editor finds it again.
    assertThat(knowledgeHome("agent"))
        .contains("Old title " + run)
        .contains("Revision by agent returned: Name the driver");
    assertThat(knowledgeHome("agent2")).doesNotContain("Old title " + run);

    // Another tenant's people find neither the article nor its revision.
    assertProblem(new Api(port).as("agent2").delete(path(id) + "/revision"), 404);
    assertProblem(new Api(port).as("agent2").send("PUT", path(id), article("X", "Y")), 404);
    assertProblem(new Api(port).as("kate2").post(path(id) + "/approve", "{}"), 404);

    // The revision is its editor's: someone else is told who holds it.
    var refused = kate.send("PUT", path(id), article("Kate's guide", "Kate's words"));
    assertProblem(refused, 409);
    assertThat(refused.field("detail")).contains("agent");

    // Its editor saves again: the revision is back in review, as version 3.
    var resubmitted =
        agent.send("PUT", path(id), article("Printer guide", "Driver 4.2, words beta" + run));
    assertThat(resubmitted.json().path("revision").path("version").asInt()).isEqualTo(3);
    assertThat(resubmitted.json().path("revision").path("inReview").asBoolean()).isTrue();
    assertThat(kate.get("/api/v1/knowledge/review-queue").text()).contains("\"id\":" + id);

    // Discarded, the article is free to edit again; the published text never changed.
    assertProblem(customer.delete(path(id) + "/revision"), 403);
    assertThat(agent.delete(path(id) + "/revision").json().path("revision").isEmpty()).isTrue();
    assertThat(kate.get("/api/v1/knowledge/review-queue").text()).doesNotContain("\"id\":" + id);
    assertThat(customer.get(path(id)).field("title")).isEqualTo("Old title " + run);
    var kates = kate.send("PUT", path(id), article("Kate's guide", "Kate's words"));
    assertThat(kates.json().path("revision").path("version").asInt()).isEqualTo(4);
  }

  @Test
  void aKnowledgeManagersOwnEditNeedsAnotherManager() {
    long id = published();
    var edited = kate.send("PUT", path(id), article("Kate's guide", "Kate's words gamma" + run));
    assertThat(edited.json().path("revision").path("editor").asString()).isEqualTo("kate");
    assertThat(hits("gamma" + run)).doesNotContain(id);

    var refused = kate.post(path(id) + "/approve", "{}");
    assertProblem(refused, 403);
    assertThat(refused.field("detail")).contains("Another knowledge manager");
    assertThat(customer.get(path(id)).field("title")).isEqualTo("Old title " + run);

    var approved = new Api(port).as("admin").post(path(id) + "/approve", "{}");
    assertThat(approved.field("title")).as(approved.toString()).isEqualTo("Kate's guide " + run);
    assertThat(hits("gamma" + run)).containsExactly(id);
  }

  private long published() {
    var created =
        agent.post("/api/v1/knowledge/articles", article("Old title", "Older words alpha" + run));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    agent.post(path(id) + "/submit", "");
    assertThat(kate.post(path(id) + "/approve", "{}").field("status")).isEqualTo("PUBLISHED");
    return id;
  }

  /** The articles found by the word itself (the semantic half may add neighbours by meaning). */
  private List<Long> hits(String word) {
    var response = customer.get("/api/v1/knowledge/search?q=" + word);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response
        .json()
        .path("hits")
        .valueStream()
        .filter(h -> !h.path("lexicalRank").isNull() && !h.path("lexicalRank").isMissingNode())
        .map(h -> h.path("id").asLong())
        .toList();
  }

  private String portalPage(long id) {
    var page = new Api(port).signedIn("customer").get("/portal/knowledge/" + id);
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.text();
  }

  private String knowledgeHome(String user) {
    var page = new Api(port).signedIn(user).get("/knowledge");
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.text();
  }

  private String agentPage(long id) {
    var page = new Api(port).signedIn("agent").get("/knowledge/" + id);
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.text();
  }

  private String article(String title, String body) {
    return """
        {"title":"%s %s","body":"%s","category":"printing",
         "tags":["printer"],"language":"en","audience":"PUBLIC"}
        """
        .formatted(title, run, body);
  }

  private static String path(long id) {
    return "/api/v1/knowledge/articles/" + id;
  }
}
