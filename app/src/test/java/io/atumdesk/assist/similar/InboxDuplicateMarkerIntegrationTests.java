package io.atumdesk.assist.similar;

import static io.atumdesk.assist.similar.SimilarTicketsApi.RUN;
import static io.atumdesk.assist.similar.SimilarTicketsApi.flagged;
import static io.atumdesk.assist.similar.SimilarTicketsApi.raise;
import static io.atumdesk.assist.similar.SimilarTicketsApi.similar;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import io.atumdesk.inbox.LikelyDuplicates;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The inbox row of a ticket flagged as a likely duplicate names and links the ticket it duplicates
 * until an agent decides the flag; the marker is read per page and within the caller's tenant.
 */
@IntegrationTest
class InboxDuplicateMarkerIntegrationTests {

  @LocalServerPort int port;
  @Autowired LikelyDuplicates likelyDuplicates;
  @Autowired JdbcTemplate jdbc;

  @Test
  void marksTheFlaggedRowUntilTheFlagIsDismissed() {
    Api customer = new Api(port).as("customer");
    Api agent = new Api(port).as("agent");
    String word = RUN + "inbox";
    String original =
        raise(
            customer,
            "INCIDENT",
            "Scanner on floor two jams on every page " + word,
            "The scanner on the second floor jams on every single page.");
    similar(agent, original);
    String duplicate =
        raise(
            customer,
            "INCIDENT",
            "Scanner on floor two jams on every page " + word,
            "The scanner on the second floor jams on every single page!");
    assertThat(flagged(agent, duplicate).path("duplicate").path("of").asString())
        .isEqualTo(original);

    Map<String, JsonNode> rows = rows(agent, word);
    assertThat(rows.get(duplicate).path("duplicateOf").asString()).isEqualTo(original);
    assertThat(rows.get(original).path("duplicateOf").isNull()).isTrue();
    Api page = new Api(port).signedIn("agent");
    String html = page.get("/inbox/rows?view=ALL_OPEN&text=" + word).text();
    assertThat(html)
        .contains("Likely duplicate of " + original, "href=\"/tickets/" + original + "\"");

    // Another tenant's agent neither lists the row nor reads its flag by id.
    assertThat(rows(new Api(port).as("agent2"), word)).isEmpty();
    long duplicateId =
        jdbc.queryForObject(
            "SELECT id FROM ticket WHERE tenant_id = 'acme' AND ticket_key = ?",
            Long.class,
            duplicate);
    assertThat(likelyDuplicates.undecided("acme", List.of(duplicateId)))
        .containsEntry(duplicateId, original);
    assertThat(likelyDuplicates.undecided("globex", List.of(duplicateId))).isEmpty();

    var dismissed = agent.post("/api/v1/tickets/" + duplicate + "/duplicate/dismiss", null);
    assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(204);

    assertThat(rows(agent, word).get(duplicate).path("duplicateOf").isNull()).isTrue();
    assertThat(page.get("/inbox/rows?view=ALL_OPEN&text=" + word).text())
        .doesNotContain("Likely duplicate of");
  }

  /** The rows of the caller's "All open" view whose key or subject contain {@code text}. */
  private static Map<String, JsonNode> rows(Api api, String text) {
    var page = api.get("/api/v1/inbox?view=ALL_OPEN&size=50&text=" + text);
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    Map<String, JsonNode> rows = new HashMap<>();
    page.json().path("items").forEach(row -> rows.put(row.path("key").asString(), row));
    return rows;
  }
}
