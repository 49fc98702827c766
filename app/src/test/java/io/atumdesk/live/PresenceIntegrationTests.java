package io.atumdesk.live;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import io.atumdesk.ticket.TicketKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Who else is on a ticket's page, typing and running out, and streams that leave no trace. */
@IntegrationTest
class PresenceIntegrationTests {

  @LocalServerPort int port;
  @Autowired LiveStreams liveStreams;
  @Autowired Presence presence;
  @Autowired LiveProperties properties;
  @Autowired Clock clock;
  final List<EventStream> streams = new ArrayList<>();
  Api agent;
  Api admin;
  String key;

  @BeforeEach
  void raise() {
    agent = new Api(port).signedIn("agent");
    admin = new Api(port).signedIn("admin");
    key =
        new Api(port)
            .signedIn("customer")
            .post(
                "/api/v1/tickets",
                LiveStreamIntegrationTests.INCIDENT.formatted("Presence on a VPN ticket"))
            .field("key");
  }

  @AfterEach
  void closeStreams() {
    streams.forEach(EventStream::close);
  }

  @Test
  void viewersSeeEachOtherArriveTypeAndStopTyping() {
    var agentPage = open("agent", "?ticket=" + key);
    agentPage.next("presence", e -> e.data().isEmpty());

    open("admin", "?ticket=" + key);
    agentPage.next("presence", e -> hasViewer(e.data(), "admin", "Ada Admin", "viewing"));

    Instant formOpened = Instant.parse(agent.get(presencePath()).field("at"));
    assertThat(admin.post(presencePath() + "?state=typing", null).status()).isEqualTo(204);
    agentPage.next("presence", e -> hasViewer(e.data(), "admin", "Ada Admin", "typing"));

    JsonNode look = agent.get(presencePath() + "?since=" + formOpened).json();
    assertThat(look.path("typedSince").get(0).path("name").asString()).isEqualTo("Ada Admin");
    assertThat(look.path("others").get(0).path("user").asString()).isEqualTo("admin");
    assertThat(presence.typedSince("acme", new TicketKey(key), "admin", formOpened)).isEmpty();

    presence.expire(clock.instant().plus(properties.typingTtl()).plusSeconds(1));
    agentPage.next("presence", e -> hasViewer(e.data(), "admin", "Ada Admin", "viewing"));
    assertThat(agent.get(presencePath() + "?since=" + clock.instant()).json().path("typedSince"))
        .isEmpty();
  }

  @Test
  void closingAPagesStreamRemovesItsViewer() {
    var agentPage = open("agent", "?ticket=" + key);
    var adminPage = open("admin", "?ticket=" + key);
    agentPage.next("presence", e -> hasViewer(e.data(), "admin", "Ada Admin", "viewing"));

    adminPage.close();

    await()
        .atMost(EventStream.PATIENCE)
        .until(
            () -> {
              liveStreams.heartbeat();
              return agentPage
                  .poll("presence", e -> e.data().isEmpty(), Duration.ofMillis(200))
                  .isPresent();
            });
    assertThat(presence.othersOn("acme", new TicketKey(key), "agent")).isEmpty();
  }

  @Test
  void leavingByHandAndTheRulesOfWhoMayAnnounceAndLook() {
    var agentPage = open("agent", "?ticket=" + key);
    assertThat(admin.post(presencePath() + "?state=viewing", null).status()).isEqualTo(204);
    agentPage.next("presence", e -> hasViewer(e.data(), "admin", "Ada Admin", "viewing"));
    assertThat(admin.post(presencePath() + "?state=left", null).status()).isEqualTo(204);
    agentPage.next("presence", e -> e.data().isEmpty());

    Api customer = new Api(port).signedIn("customer");
    assertThat(customer.post(presencePath() + "?state=viewing", null).status()).isEqualTo(204);
    agentPage.next("presence", e -> hasViewer(e.data(), "customer", "Chris Customer", "viewing"));
    assertProblem(customer.get(presencePath()), 403);
    assertProblem(admin.post(presencePath() + "?state=dancing", null), 400);
    assertProblem(
        new Api(port).signedIn("agent2").post(presencePath() + "?state=viewing", null), 404);
  }

  @Test
  void manyStreamsOpenedAndClosedLeaveTheRegistryEmpty() {
    for (int round = 0; round < 5; round++) {
      var opened = new ArrayList<EventStream>();
      for (int i = 0; i < properties.maxStreamsPerUser(); i++) {
        opened.add(open("cab", i % 2 == 0 ? "" : "?ticket=" + key));
      }
      assertThat(opened).extracting(EventStream::status).containsOnly(200);
      var oneTooMany = open("cab", "");
      assertThat(oneTooMany.status()).isEqualTo(409);
      assertThat(oneTooMany.errorBody()).contains("close a tab");
      opened.forEach(EventStream::close);
      awaitNoStreams(() -> liveStreams.count("acme", "cab"));
    }
    streams.forEach(EventStream::close);

    awaitNoStreams(liveStreams::count);
    assertThat(presence.othersOn("acme", new TicketKey(key), "nobody")).isEmpty();
    // What pages announced without a stream runs out; then presence holds nothing at all.
    presence.expire(clock.instant().plus(properties.typingMemory()).plus(properties.viewingTtl()));
    assertThat(presence.spotsInUse()).isZero();
  }

  /** The server notices a closed stream when it next writes to it: the heartbeat does. */
  private void awaitNoStreams(IntSupplier count) {
    await()
        .atMost(EventStream.PATIENCE)
        .until(
            () -> {
              liveStreams.heartbeat();
              return count.getAsInt() == 0;
            });
  }

  private EventStream open(String user, String query) {
    var stream = EventStream.open(port, user, query);
    streams.add(stream);
    return stream;
  }

  private String presencePath() {
    return "/live/tickets/" + key + "/presence";
  }

  private static boolean hasViewer(JsonNode viewers, String user, String name, String state) {
    for (JsonNode viewer : viewers) {
      if (user.equals(viewer.path("user").asString())) {
        return name.equals(viewer.path("name").asString())
            && state.equals(viewer.path("state").asString());
      }
    }
    return false;
  }
}
