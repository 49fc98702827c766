package io.atumdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import io.atumdesk.core.Actor;
import io.atumdesk.core.Role;
import io.atumdesk.core.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The knowledge search end to end: stemmed lexical matches in English and German, semantic matches
 * without a shared word, both fused by RRF, highlighted snippets, facets, invalid query syntax, and
 * who sees what (customers no internal articles, no tenant another's). Each test's articles carry a
 * word of their own, so the demo articles and other tests do not disturb the assertions.
 */
@IntegrationTest
class KnowledgeSearchIntegrationTests {

  @LocalServerPort int port;
  @Autowired KnowledgeSearch search;
  @Autowired KnowledgeFeedback feedback;
  Api agent;
  Api kate;
  Api customer;
  String run;

  @BeforeEach
  void signIn() {
    agent = new Api(port).as("agent");
    kate = new Api(port).as("kate");
    customer = new Api(port).as("customer");
    run = "zq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
  }

  @Test
  void findsStemmedFormsWithTheEnglishAndTheGermanAnalyzer() {
    long english = publish("Printers jamming " + run, "The printer jammed twice.", "en", "PUBLIC");
    long german =
        publish("Drucker " + run, "Der Drucker druckt keine Seiten mehr.", "de", "PUBLIC");

    JsonNode englishHit = hit(search(customer, "printer jams " + run), english);
    assertThat(englishHit.path("lexicalRank").asInt()).isEqualTo(1);
    assertThat(englishHit.path("snippet").asString()).contains("<mark>jammed</mark>");
    JsonNode germanHit = hit(search(customer, "Druckers Seite " + run), german);
    assertThat(germanHit.path("lexicalRank").asInt()).isEqualTo(1);
    assertThat(germanHit.path("snippet").asString()).contains("<mark>Seiten</mark>");
  }

  @Test
  void findsByMeaningWithoutASharedWordAndFusesBothRankings() {
    long meaning =
        publish(
            "Forgotten password",
            "You can reset your password yourself on the password page.",
            "en",
            "PUBLIC");
    long both =
        publish(
            "Credentials reset " + run,
            "Lost credentials: reset them on the password page.",
            "en",
            "PUBLIC");
    awaitVectors(meaning, both);

    JsonNode semanticOnly = search(customer, "I forgot how to log in to my account&limit=50");
    JsonNode meaningHit = hit(semanticOnly, meaning);
    assertThat(meaningHit).as(semanticOnly.toString()).isNotNull();
    assertThat(meaningHit.path("lexicalRank").isNull()).isTrue();
    assertThat(meaningHit.path("semanticRank").asInt()).isPositive();

    // Found by both halves, an article outranks one found by the words alone.
    JsonNode fused = search(customer, "credentials " + run);
    JsonNode top = fused.path("hits").get(0);
    assertThat(top.path("id").asLong()).as(fused.toString()).isEqualTo(both);
    assertThat(top.path("lexicalRank").asInt()).isEqualTo(1);
    assertThat(top.path("semanticRank").asInt()).isPositive();
    assertThat(top.path("score").asDouble())
        .isEqualTo(
            1.0 / (KnowledgeSearch.RRF_K + 1)
                + 1.0 / (KnowledgeSearch.RRF_K + top.path("semanticRank").asInt()),
            org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void highlightsTheMatchedWordsAndEscapesTheRest() {
    long id =
        publish(
            "Snippet " + run,
            "Restart the <script>alert(1)</script> " + run + " gateway, then wait.",
            "en",
            "PUBLIC");
    String snippet = hit(search(customer, run + " gateway"), id).path("snippet").asString();
    assertThat(snippet)
        .contains("<mark>" + run + "</mark>")
        .contains("<mark>gateway</mark>")
        .doesNotContain("<script>");
  }

  @Test
  void countsFacetsOverTheMatches() {
    // Values of this test's own, which other tests' articles (semantic neighbours) cannot carry.
    publish("Facet one " + run, "Body " + run, "en", "PUBLIC", "net-" + run, "vpn-" + run);
    publish("Facet two " + run, "Body " + run, "de", "INTERNAL", "net-" + run, "wifi-" + run);
    publish("Facet three " + run, "Body " + run, "en", "PUBLIC", "mail-" + run, "vpn-" + run);

    JsonNode facets = search(agent, run).path("facets");
    assertThat(facets.path("category").toString())
        .contains("{\"value\":\"net-" + run + "\",\"count\":2}")
        .contains("{\"value\":\"mail-" + run + "\",\"count\":1}");
    assertThat(facets.path("tags").toString())
        .contains("{\"value\":\"vpn-" + run + "\",\"count\":2}")
        .contains("{\"value\":\"wifi-" + run + "\",\"count\":1}");
    assertThat(facets.path("language").toString()).contains("\"de\"").contains("\"en\"");
    assertThat(facets.path("audience").toString()).contains("INTERNAL").contains("PUBLIC");
    // A facet chosen filters the hits, and customers' facets never count internal articles.
    assertThat(ids(search(agent, run + "&tag=wifi-" + run))).hasSize(1);
    assertThat(search(customer, run).path("facets").path("tags").toString())
        .doesNotContain("wifi-" + run);
  }

  @Test
  void invalidQuerySyntaxSearchesThePlainWords() {
    long id = publish("Syntax " + run, "Body about " + run, "en", "PUBLIC");
    for (String query :
        List.of(run + " AND (", "title_en:\"" + run, "*" + run, run + " ~~ [", "\\")) {
      var response = customer.get("/api/v1/knowledge/search?q=" + encode(query));
      assertThat(response.status()).as(query + ": " + response).isEqualTo(200);
      if (!query.equals("\\")) {
        assertThat(ids(response.json())).as(query).contains(id);
      }
    }
    assertThat(search(customer, run + " AND (").path("plainWords").asBoolean()).isTrue();
    assertThat(search(customer, run + " AND body").path("plainWords").asBoolean()).isFalse();
  }

  @Test
  void customersNeverFindInternalArticlesAndTenantsNeverEachOthers() {
    long internal = publish("Internal " + run, "Runbook " + run, "en", "INTERNAL");
    long open = publish("Public " + run, "Guide " + run, "en", "PUBLIC");

    assertThat(ids(search(agent, run))).contains(internal, open);
    assertThat(ids(search(customer, run))).contains(open).doesNotContain(internal);
    assertThat(ids(search(customer, run + "&audience=INTERNAL"))).doesNotContain(internal);
    assertThat(ids(search(new Api(port).as("customer2"), run))).doesNotContain(internal, open);
    assertThat(ids(search(new Api(port).as("agent2"), run))).doesNotContain(internal, open);

    // The assist method: agents' audience, the current tenant only.
    assertThat(TenantContext.callAs("acme", () -> search.forText("Runbook " + run, 5)))
        .extracting(ArticleMatch::id)
        .contains(internal);
    assertThat(TenantContext.callAs("globex", () -> search.forText("Runbook " + run, 5)))
        .extracting(ArticleMatch::id)
        .doesNotContain(internal, open);
  }

  @Test
  void theAssistFragmentListsTheArticlesMatchingATicket() {
    long id =
        publish("Badge reader " + run, "The badge reader beeps twice " + run, "en", "INTERNAL");
    String key =
        agent
            .post(
                "/api/v1/tickets",
                "{\"type\":\"INCIDENT\",\"subject\":\"Badge reader beeps " + run + "\"}")
            .field("key");
    var fragment = new Api(port).signedIn("agent").get("/knowledge/for-ticket/" + key);
    assertThat(fragment.status()).as(fragment.toString()).isEqualTo(200);
    assertThat(fragment.text())
        .contains("href=\"/knowledge/" + id + "\"")
        .contains("<mark>" + run + "</mark>")
        .doesNotContain("<html");
    assertThat(new Api(port).signedIn("agent2").get("/knowledge/for-ticket/" + key).status())
        .isEqualTo(404);
  }

  @Test
  void aSuggestedArticleReadCountsAsDeflectedUntilATicketFollowsWithinTheWindow() {
    long id = publish("Deflect " + run, "Body " + run, "en", "PUBLIC");
    Actor kateActor = new Actor("kate", "acme", Set.of(Role.AGENT), Set.of("knowledge-managers"));
    Instant later = Instant.now().plus(Duration.ofHours(1));
    SelfService before =
        TenantContext.callAs("acme", () -> feedback.selfService(kateActor, Instant.EPOCH, later));

    Api browser = new Api(port).signedIn("customer");
    assertThat(browser.get("/portal/knowledge/" + id + "?suggested=true").status()).isEqualTo(200);
    // Only suggested reads count; a read from the search does not.
    browser.get("/portal/knowledge/" + id);
    SelfService read =
        TenantContext.callAs("acme", () -> feedback.selfService(kateActor, Instant.EPOCH, later));
    assertThat(read.settledReads() - before.settledReads()).isEqualTo(1);
    assertThat(read.deflected() - before.deflected()).isEqualTo(1);

    browser.get("/portal/knowledge/" + id + "?suggested=true");
    customer.post(
        "/api/v1/tickets", "{\"type\":\"INCIDENT\",\"subject\":\"Still broken " + run + "\"}");
    // The ticket came within the window after both suggested reads: neither deflected it.
    SelfService after =
        TenantContext.callAs("acme", () -> feedback.selfService(kateActor, Instant.EPOCH, later));
    assertThat(after.settledReads() - before.settledReads()).isEqualTo(2);
    assertThat(after.deflected() - before.deflected()).isZero();
    assertThat(agent.get("/api/v1/knowledge/self-service?days=30").status()).isEqualTo(200);
  }

  private long publish(String title, String body, String language, String audience) {
    return publish(title, body, language, audience, "network", "howto");
  }

  private long publish(
      String title, String body, String language, String audience, String category, String tag) {
    var created =
        agent.post(
            "/api/v1/knowledge/articles",
            """
            {"title":"%s","body":"%s","category":"%s","tags":["%s"],"language":"%s","audience":"%s"}
            """
                .formatted(title, body, category, tag, language, audience));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    agent.post("/api/v1/knowledge/articles/" + id + "/submit", "");
    assertThat(kate.post("/api/v1/knowledge/articles/" + id + "/approve", "{}").field("status"))
        .isEqualTo("PUBLISHED");
    return id;
  }

  private void awaitVectors(long... ids) {
    for (long id : ids) {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  agent
                      .get("/api/v1/knowledge/articles/" + id)
                      .json()
                      .path("vectorized")
                      .asBoolean());
    }
  }

  private static JsonNode search(Api as, String query) {
    var response = as.get("/api/v1/knowledge/search?q=" + query.replace(" ", "+"));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private static List<Long> ids(JsonNode result) {
    return result.path("hits").valueStream().map(h -> h.path("id").asLong()).toList();
  }

  private static JsonNode hit(JsonNode result, long id) {
    return result
        .path("hits")
        .valueStream()
        .filter(h -> h.path("id").asLong() == id)
        .findFirst()
        .orElse(null);
  }

  private static String encode(String query) {
    return java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
  }
}
