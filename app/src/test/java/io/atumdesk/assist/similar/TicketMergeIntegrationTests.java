package io.atumdesk.assist.similar;

import static io.atumdesk.Problems.assertProblem;
import static io.atumdesk.assist.similar.SimilarTicketsApi.RUN;
import static io.atumdesk.assist.similar.SimilarTicketsApi.raise;
import static io.atumdesk.assist.similar.SimilarTicketsApi.timeline;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.atumdesk.Api;
import io.atumdesk.Api.FilePart;
import io.atumdesk.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Merging a duplicate into the ticket that goes on: conversation and files carried over in order,
 * the duplicate closed with a link and a note, its process ended in the engine, its requester told;
 * a retry changes nothing; what makes no sense is refused.
 */
@IntegrationTest
class TicketMergeIntegrationTests {

  static final byte[] PDF =
      "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
          .getBytes(StandardCharsets.ISO_8859_1);

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
          .withPerMethodLifecycle(false);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  Api agent;
  Api customer;
  String survivor;
  String duplicate;

  @BeforeEach
  void raiseTwo() {
    agent = new Api(port).as("agent");
    customer = new Api(port).as("customer");
    survivor =
        raise(customer, "INCIDENT", "Shared drive S: not reachable " + RUN, "Drive S: is gone.");
    duplicate =
        raise(customer, "INCIDENT", "Cannot open drive S " + RUN, "Drive S: does not open.");
  }

  @Test
  void carriesTheConversationAndFilesOverClosesTheDuplicateAndTellsItsRequester() {
    long reply = comment(customer, duplicate, "It started after the VPN update.", false);
    comment(agent, duplicate, "Checked the share permissions: fine.", true);
    comment(customer, duplicate, "Still broken this morning.", false);
    var file =
        customer.upload(
            "/api/v1/tickets/" + duplicate + "/attachments",
            Map.of("entry", Long.toString(reply)),
            FilePart.of("error.pdf", PDF));
    assertThat(file.status()).as(file.toString()).isEqualTo(201);
    String process = processOf(duplicate);

    var merged = merge(duplicate, survivor);

    assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
    assertThat(merged.json().path("repeated").asBoolean()).isFalse();
    assertThat(merged.json().path("entries").asInt()).isEqualTo(3);
    assertThat(merged.json().path("files").asInt()).isEqualTo(1);
    List<JsonNode> carried = carried(agent, survivor);
    assertThat(carried)
        .extracting(e -> e.path("body").asString())
        .containsExactly(
            "It started after the VPN update.",
            "Checked the share permissions: fine.",
            "Still broken this morning.");
    assertThat(carried)
        .extracting(e -> e.path("internal").asBoolean())
        .containsExactly(false, true, false);
    assertThat(carried(customer, survivor)).hasSize(2);
    JsonNode files = agent.get("/api/v1/tickets/" + survivor + "/attachments").json();
    assertThat(files).hasSize(1);
    assertThat(files.get(0).path("filename").asString()).isEqualTo("error.pdf");
    assertThat(files.get(0).path("entryId").asLong()).isEqualTo(carried.get(0).path("id").asLong());
    assertThat(
            agent
                .get(
                    "/api/v1/tickets/"
                        + survivor
                        + "/attachments/"
                        + files.get(0).path("id").asLong())
                .status())
        .isEqualTo(200);

    var closed = agent.get("/api/v1/tickets/" + duplicate);
    assertThat(closed.field("status")).isEqualTo("CLOSED");
    assertThat(closed.field("resolution")).isEqualTo("Duplicate of " + survivor);
    JsonNode links = agent.get("/api/v1/tickets/" + duplicate + "/links").json();
    assertThat(links.get(0).path("kind").asString()).isEqualTo("DUPLICATE_OF");
    assertThat(links.get(0).path("key").asString()).isEqualTo(survivor);
    assertThat(timeline(customer, duplicate))
        .contains("Merged into " + survivor + " as its duplicate; the work goes on there");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from act_ru_execution where proc_inst_id_ = ?",
                Long.class,
                process))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select delete_reason_ from act_hi_procinst where id_ = ?", String.class, process))
        .contains("merged into " + survivor);
    assertThat(agent.get("/api/v1/tasks").text()).doesNotContain(duplicate);
  }

  @Test
  void tellsTheDuplicatesRequesterWhereTheWorkGoesOnOnceEvenWhenRetried() {
    sendMailThroughGreenMail();
    String reporter = "reporter-" + RUN + "@acme.example";
    String reported =
        agent
            .post(
                "/api/v1/tickets",
                "{\"type\":\"INCIDENT\",\"subject\":\"Drive S: lost "
                    + RUN
                    + "\",\"requester\":\""
                    + reporter
                    + "\"}")
            .field("key");
    comment(agent, reported, "Any news?", false);
    assertThat(merge(reported, survivor).status()).isEqualTo(200);
    int entries = timeline(agent, survivor).size();

    var again = merge(reported, survivor);

    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().path("repeated").asBoolean()).isTrue();
    assertThat(timeline(agent, survivor)).hasSize(entries);
    assertThat(
            jdbc.queryForList(
                "select recipient from outbox_message where tenant_id = 'acme' and ticket_key = ?"
                    + " and subject like '%Merged%'",
                String.class, reported))
        .containsExactly(reporter);
  }

  @Test
  void keepsAnotherRequestersMessagesFromTheSurvivorsRequester() {
    String others =
        raise(agent, "INCIDENT", "Drive S: unavailable for me too " + RUN, "Same here.");
    comment(agent, others, "Colleague reports the same.", false);

    assertThat(merge(others, survivor).status()).isEqualTo(200);

    assertThat(carried(agent, survivor))
        .extracting(e -> e.path("internal").asBoolean())
        .containsOnly(true);
    assertThat(timeline(customer, survivor)).doesNotContain("Colleague reports the same.");
  }

  @Test
  void refusesWhatMakesNoSense() {
    String request =
        raise(customer, "SERVICE_REQUEST", "New monitor " + RUN, "A second screen, please.");
    assertProblem(merge(duplicate, duplicate), 400, "into");
    assertProblem(merge(duplicate, request), 400, "into");
    assertProblem(
        agent.post("/api/v1/tickets/" + duplicate + "/merge", "{\"into\":\"drive S\"}"),
        400,
        "into");
    assertProblem(agent.post("/api/v1/tickets/" + duplicate + "/merge", "{}"), 400, "into");
    assertProblem(merge(duplicate, "INC-999999"), 404);
    assertProblem(
        customer.post("/api/v1/tickets/" + duplicate + "/merge", "{\"into\":\"" + survivor + "\"}"),
        403);

    assertThat(merge(duplicate, survivor).status()).isEqualTo(200);
    String third = raise(customer, "INCIDENT", "Drive S: still missing " + RUN, "Nothing.");
    assertProblem(merge(third, duplicate), 409);
    assertProblem(merge(duplicate, third), 409);
  }

  @Test
  void anotherTenantsTicketDoesNotExist() {
    Api globex = new Api(port).as("agent2");
    String theirs = raise(globex, "INCIDENT", "Drive S: gone " + RUN, "Gone.");
    String ours = SimilarTicketsApi.keyUnknownTo(globex, agent, survivor);
    int entries = timeline(agent, ours).size();

    assertProblem(
        globex.post("/api/v1/tickets/" + theirs + "/merge", "{\"into\":\"" + ours + "\"}"), 404);
    assertProblem(
        globex.post("/api/v1/tickets/" + ours + "/merge", "{\"into\":\"" + theirs + "\"}"), 404);
    assertThat(timeline(agent, ours)).hasSize(entries);
    assertThat(agent.get("/api/v1/tickets/" + ours).field("status")).isNotEqualTo("CLOSED");
  }

  /** Mail to requesters needs a mailbox that sends; this run's own, through GreenMail. */
  private void sendMailThroughGreenMail() {
    String desk = "similar-" + RUN;
    MAIL.setUser(desk + "@acme.example", desk, "desk-pass");
    Api admin = new Api(port).as("admin");
    if (!admin.get("/api/v1/mail/mailboxes").text().contains(desk)) {
      var added =
          admin.post(
              "/api/v1/mail/mailboxes",
              """
              {"name": "%s", "host": "127.0.0.1", "port": %d, "protocol": "imap",
               "username": "%s", "password": "desk-pass",
               "smtp": {"host": "127.0.0.1", "port": %d, "security": "none",
                        "fromAddress": "%s@acme.example", "fromName": "ACME Service Desk"}}
              """
                  .formatted(desk, MAIL.getImap().getPort(), desk, MAIL.getSmtp().getPort(), desk));
      assertThat(added.status()).as(added.toString()).isEqualTo(201);
    }
  }

  private Api.Response merge(String key, String into) {
    return agent.post("/api/v1/tickets/" + key + "/merge", "{\"into\":\"" + into + "\"}");
  }

  private static long comment(Api api, String key, String body, boolean internal) {
    var written =
        api.post(
            "/api/v1/tickets/" + key + "/comments",
            "{\"body\":\"%s\",\"internal\":%s}".formatted(body, internal));
    assertThat(written.status()).as(written.toString()).isEqualTo(201);
    return written.json().path("id").asLong();
  }

  private List<JsonNode> carried(Api api, String key) {
    List<JsonNode> carried = new ArrayList<>();
    api.get("/api/v1/tickets/" + key + "/timeline")
        .json()
        .forEach(
            e -> {
              if (e.path("details").path("mergedFrom").isString()) {
                carried.add(e);
              }
            });
    return carried;
  }

  private String processOf(String key) {
    return jdbc.queryForObject(
        "select process_instance_id from ticket where tenant_id = 'acme' and ticket_key = ?",
        String.class,
        key);
  }
}
