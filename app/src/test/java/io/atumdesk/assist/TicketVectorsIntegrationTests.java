package io.atumdesk.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.TicketStatus;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Ticket vectors are written after the raising commit and searched within the tenant only. */
@IntegrationTest
class TicketVectorsIntegrationTests {

  @LocalServerPort int port;
  @Autowired TicketVectors vectors;
  @Autowired TextEmbeddings embeddings;
  @Autowired JdbcClient jdbc;
  @Autowired TicketVectorWorker worker;
  @Autowired SearchIndexCheck indexCheck;
  @Autowired EntityManagerFactory entityManagerFactory;

  /**
   * More than a tenant has tickets in this suite: a query compares all of them, whatever other
   * tests raised (printer and VPN tickets among them).
   */
  static final int ALL = 5000;

  long acmePrinter;
  long acmeVpn;
  long globexPrinter;

  @BeforeEach
  void raiseTickets() {
    String unique = " #" + System.nanoTime();
    acmePrinter =
        raise("customer", "Printer on floor 3 keeps jamming" + unique, "Paper jam every page");
    acmeVpn = raise("customer", "VPN drops every ten minutes" + unique, "Working from home");
    globexPrinter =
        raise("customer2", "Printer on floor 3 keeps jamming" + unique, "Paper jam every page");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                TenantContext.callAs("acme", () -> vectors.vectorsOf(List.of(acmePrinter, acmeVpn)))
                        .size()
                    == 2);
  }

  @Test
  void theNearestTicketIsTheOneThatMeansTheSame() {
    float[] query = embeddings.embed("The printer is jammed again").orElseThrow();

    List<TicketMatch> matches =
        TenantContext.callAs("acme", () -> vectors.nearest(query, ALL, TicketScope.ANY, List.of()));

    assertThat(matches).extracting(TicketMatch::ticketId).contains(acmePrinter, acmeVpn);
    assertThat(indexOf(matches, acmePrinter)).isLessThan(indexOf(matches, acmeVpn));
    assertThat(matches.get(indexOf(matches, acmePrinter)).score()).isBetween(0.5, 1.0);
  }

  @Test
  void aTicketsOwnVectorScoresOneAndCanBeLeftOut() {
    float[] own = TenantContext.callAs("acme", () -> vectors.vectorOf(acmePrinter)).orElseThrow();

    List<TicketMatch> withItself =
        TenantContext.callAs("acme", () -> vectors.nearest(own, ALL, TicketScope.ANY, List.of()));
    List<TicketMatch> withoutItself =
        TenantContext.callAs(
            "acme", () -> vectors.nearest(own, ALL, TicketScope.ANY, Set.of(acmePrinter)));

    assertThat(withItself.get(indexOf(withItself, acmePrinter)).score()).isGreaterThan(0.999);
    assertThat(withoutItself).extracting(TicketMatch::ticketId).doesNotContain(acmePrinter);
  }

  @Test
  void anotherTenantsTicketsAreNeverFound() {
    float[] query = embeddings.embed("Printer on floor 3 keeps jamming").orElseThrow();

    var acme =
        TenantContext.callAs("acme", () -> vectors.nearest(query, ALL, TicketScope.ANY, List.of()));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                TenantContext.callAs("globex", () -> vectors.vectorOf(globexPrinter)).isPresent());
    var globex =
        TenantContext.callAs(
            "globex", () -> vectors.nearest(query, ALL, TicketScope.ANY, List.of()));

    assertThat(acme).extracting(TicketMatch::ticketId).doesNotContain(globexPrinter);
    assertThat(globex)
        .extracting(TicketMatch::ticketId)
        .contains(globexPrinter)
        .doesNotContain(acmePrinter, acmeVpn);
    assertThat(TenantContext.callAs("globex", () -> vectors.vectorOf(acmePrinter))).isEmpty();
  }

  @Test
  void theScopeFollowsTheTicketsStatus() {
    float[] query = embeddings.embed("printer paper jam").orElseThrow();
    vectors.markStatus(acmePrinter, "acme", TicketStatus.RESOLVED);

    var resolved =
        TenantContext.callAs(
            "acme", () -> vectors.nearest(query, ALL, TicketScope.RESOLVED, List.of()));
    var open =
        TenantContext.callAs(
            "acme", () -> vectors.nearest(query, ALL, TicketScope.OPEN, List.of()));

    assertThat(resolved).extracting(TicketMatch::ticketId).contains(acmePrinter);
    assertThat(open)
        .extracting(TicketMatch::ticketId)
        .doesNotContain(acmePrinter)
        .contains(acmeVpn);
  }

  @Test
  void aTicketRaisedWhileTheWorkerWasAwayIsFoundByTheSweep() {
    jdbc.sql("DELETE FROM ticket_vector WHERE ticket_id = ?").param(acmeVpn).update();

    worker.sweep();

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> TenantContext.callAs("acme", () -> vectors.vectorOf(acmeVpn)).isPresent());
  }

  @Test
  void aLostIndexIsRebuiltFromTheTable() throws Exception {
    Search.mapping(entityManagerFactory).scope(TicketVector.class).workspace("acme").purge();
    float[] own = TenantContext.callAs("acme", () -> vectors.vectorOf(acmeVpn)).orElseThrow();
    assertThat(
            TenantContext.callAs(
                "acme", () -> vectors.nearest(own, ALL, TicketScope.ANY, List.of())))
        .isEmpty();

    assertThat(indexCheck.check()).isPositive();

    assertThat(
            TenantContext.callAs(
                "acme", () -> vectors.nearest(own, ALL, TicketScope.ANY, List.of())))
        .extracting(TicketMatch::ticketId)
        .contains(acmeVpn);
  }

  long raise(String user, String subject, String description) {
    String key =
        new Api(port)
            .as(user)
            .post(
                "/api/v1/tickets",
                "{\"type\":\"INCIDENT\",\"subject\":\"%s\",\"description\":\"%s\"}"
                    .formatted(subject, description))
            .field("key");
    String tenant = user.endsWith("2") ? "globex" : "acme";
    return jdbc.sql("SELECT id FROM ticket WHERE ticket_key = ? AND tenant_id = ?")
        .params(key, tenant)
        .query(Long.class)
        .single();
  }

  static int indexOf(List<TicketMatch> matches, long ticketId) {
    for (int i = 0; i < matches.size(); i++) {
      if (matches.get(i).ticketId() == ticketId) {
        return i;
      }
    }
    return -1;
  }
}
