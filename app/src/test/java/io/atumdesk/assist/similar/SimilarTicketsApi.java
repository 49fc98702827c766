package io.atumdesk.assist.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atumdesk.Api;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Raising tickets and reading their similar tickets once their vectors are stored. */
final class SimilarTicketsApi {

  /** A word no other test or demo ticket uses, so each run's tickets are most alike each other. */
  static final String RUN = "zq" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

  private SimilarTicketsApi() {}

  static String raise(Api api, String type, String subject, String description) {
    var raised =
        api.post(
            "/api/v1/tickets",
            "{\"type\":\"%s\",\"subject\":\"%s\",\"description\":\"%s\"}"
                .formatted(type, subject, description));
    assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
    return raised.field("key");
  }

  /** The ticket's similar tickets once its vector is stored (computed after its commit). */
  static JsonNode similar(Api agent, String key) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> agent.get("/api/v1/tickets/" + key + "/similar").json(),
            view -> !view.path("pending").asBoolean(true));
  }

  /** Waits until the ticket's duplicate flag (or storm) is decided by the listener. */
  static JsonNode flagged(Api agent, String key) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> agent.get("/api/v1/tickets/" + key + "/similar").json(),
            view -> !view.path("duplicate").isMissingNode() && !view.path("duplicate").isNull());
  }

  /**
   * A ticket of the agent's tenant whose key names nothing in the other tenant (keys count per
   * tenant, so the same key may name a ticket in each): {@code key} or a newer one.
   */
  static String keyUnknownTo(Api other, Api agent, String key) {
    String ours = key;
    for (int tries = 0; other.get("/api/v1/tickets/" + ours).status() != 404; tries++) {
      assertThat(tries).as("a key unknown to the other tenant").isLessThan(200);
      ours = raise(agent, "INCIDENT", "Filler " + RUN, "Filler.");
    }
    return ours;
  }

  static List<String> keys(JsonNode similar) {
    List<String> keys = new ArrayList<>();
    similar.forEach(s -> keys.add(s.path("key").asString()));
    return keys;
  }

  static List<String> timeline(Api api, String key) {
    List<String> bodies = new ArrayList<>();
    api.get("/api/v1/tickets/" + key + "/timeline")
        .json()
        .forEach(e -> bodies.add(e.path("body").asString("")));
    return bodies;
  }
}
