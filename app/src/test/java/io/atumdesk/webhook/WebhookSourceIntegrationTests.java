package io.atumdesk.webhook;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Generic inbound webhooks over HTTP: a source's signed payload raises a ticket with the mapped
 * fields, the same external id continues it, and unsigned, stale, unmappable or header-laden
 * requests are refused or kept without changing anything else.
 */
@IntegrationTest
class WebhookSourceIntegrationTests {

  static final HttpClient HTTP = HttpClient.newHttpClient();

  /** The database outlives a run on PostgreSQL; names and ids of this run are new there. */
  static final String RUN = Long.toString(Instant.now().toEpochMilli(), 36);

  static final String MAPPING =
      """
      {"name":"%s","mapping":{"subject":"$.issue.title","description":"$.issue.body",
       "impact":"$.issue.impact","urgency":"$.issue.urgency","category":"$.issue.area",
       "type":"$.kind","externalId":"$.issue.id"}}""";

  @LocalServerPort int port;
  Api admin;

  @BeforeEach
  void clients() {
    admin = new Api(port).as("admin");
  }

  /** Adds a source and returns its secret. */
  String source(String name) {
    var created = admin.post("/api/v1/webhooks/sources", MAPPING.formatted(name));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.field("secret");
  }

  static String payload(String id, String title) {
    return """
        {"kind":"incident","issue":{"id":"%s","title":"%s","body":"Seen by the CRM",
         "impact":"high","urgency":"medium","area":"network"}}"""
        .formatted(id, title);
  }

  static String sign(String secret, Instant at, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    long t = at.getEpochSecond();
    return "t=%d,v1=%s"
        .formatted(
            t,
            HexFormat.of()
                .formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8))));
  }

  Api.Response hook(String pathAndQuery, String body, Map<String, String> headers) {
    return post("/api/v1/hooks/webhook/" + pathAndQuery, body, headers);
  }

  Api.Response post(String path, String body, Map<String, String> headers) {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    try {
      return new Api.Response(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Api.Response signed(String source, String secret, String body) throws Exception {
    return hook(source, body, Map.of("X-Atum-Signature", sign(secret, Instant.now(), body)));
  }

  String letters() {
    return admin.get("/api/v1/webhooks/inbound-letters").text();
  }

  @Test
  void aSignedPayloadRaisesATicketWithTheMappedFields() throws Exception {
    String name = "crm-raise-" + RUN;
    String secret = source(name);

    var response = signed(name, secret, payload("A-1", "Switch down " + RUN));

    assertThat(response.status()).as(response.toString()).isEqualTo(202);
    assertThat(response.json().path("raised").asBoolean()).isTrue();
    JsonNode ticket = admin.get("/api/v1/tickets/" + response.field("ticket")).json();
    assertThat(ticket.path("type").asString()).isEqualTo("INCIDENT");
    assertThat(ticket.path("subject").asString()).isEqualTo("Switch down " + RUN);
    assertThat(ticket.path("description").asString()).isEqualTo("Seen by the CRM");
    assertThat(ticket.path("impact").asString()).isEqualTo("HIGH");
    assertThat(ticket.path("urgency").asString()).isEqualTo("MEDIUM");
    assertThat(ticket.path("category").asString()).isEqualTo("network");
    assertThat(admin.get("/api/v1/webhooks/sources").text()).contains(name).doesNotContain(secret);
  }

  @Test
  void theOldPathStillRaisesTicketsAndNamesItsSuccessor() throws Exception {
    String name = "crm-old-path-" + RUN;
    String secret = source(name);
    String body = payload("O-1", "Old path " + RUN);

    var response =
        post(
            "/hooks/webhook/" + name,
            body,
            Map.of("X-Atum-Signature", sign(secret, Instant.now(), body)));

    assertThat(response.status()).as(response.toString()).isEqualTo(202);
    assertThat(response.field("ticket")).startsWith("INC-");
    assertThat(response.header("Deprecation")).isEqualTo("true");
    assertThat(response.header("Link"))
        .isEqualTo("</api/v1/hooks/webhook/%s>; rel=\"successor-version\"".formatted(name));
    assertProblem(post("/hooks/webhook/" + name, body, Map.of()), 401);
    assertThat(admin.get("/api/v1/webhooks/sources").text())
        .contains("\"url\":\"/api/v1/hooks/webhook/" + name + "\"");
  }

  @Test
  void theSameExternalIdAgainAddsToItsTicketInsteadOfRaisingAnother() throws Exception {
    String name = "crm-replay-" + RUN;
    String secret = source(name);
    String first = signed(name, secret, payload("B-7", "Printer jam")).field("ticket");

    var again = signed(name, secret, payload("B-7", "Printer jam"));

    assertThat(again.status()).as(again.toString()).isEqualTo(202);
    assertThat(again.json().path("raised").asBoolean()).isFalse();
    assertThat(again.field("ticket")).isEqualTo(first);
    assertThat(admin.get("/api/v1/tickets/" + first + "/timeline").text())
        .contains("Update from webhook source " + name + ": Seen by the CRM");
    assertThat(signed(name, secret, payload("B-8", "Printer jam")).field("ticket"))
        .isNotEqualTo(first);
  }

  @Test
  void badMissingOrStaleSignaturesAreRefusedAndKeptForAdmins() throws Exception {
    String name = "crm-refuse-" + RUN;
    String secret = source(name);
    String body = payload("C-1", "Should never exist " + RUN);

    assertProblem(hook(name, body, Map.of()), 401);
    assertProblem(
        hook(name, body, Map.of("X-Atum-Signature", sign("wrong", Instant.now(), body))), 401);
    assertProblem(
        hook(name, body, Map.of("X-Atum-Signature", sign(secret, Instant.now(), body + " "))), 401);
    assertProblem(
        hook(
            name,
            body,
            Map.of("X-Atum-Signature", sign(secret, Instant.now().minusSeconds(301), body))),
        401);
    assertProblem(hook("no-such-source-" + RUN, body, Map.of()), 401);
    var agentBasic = new Api(port).as("agent").credentials();
    assertProblem(hook(name, body, agentBasic), 401);

    assertThat(admin.get("/api/v1/tickets?size=5&text=" + RUN).text())
        .doesNotContain("Should never exist");
    assertThat(letters())
        .contains("refused: no X-Atum-Signature header")
        .contains("refused: the signature does not match");
  }

  @Test
  void anUnmappablePayloadIsADeadLetterWithItsPayloadAndReason() throws Exception {
    String name = "crm-dead-" + RUN;
    String secret = source(name);
    String body = "{\"issue\":{\"id\":\"D-1\",\"body\":\"no title " + RUN + "\"}}";
    String badLevel = payload("D-2", "Odd impact").replace("\"high\"", "\"cosmic\"");

    var response = signed(name, secret, body);
    var level = signed(name, secret, badLevel);

    assertProblem(response, 400);
    assertThat(response.text()).contains("the payload has no subject at $.issue.title");
    assertProblem(level, 400);
    assertThat(level.text()).contains("'cosmic' is not a impact");
    assertThat(letters()).contains("no title " + RUN).contains("the payload has no subject");
  }

  @Test
  void camelHeadersAndParametersSentFromOutsideInAnyCaseHaveNoEffect() throws Exception {
    String name = "crm-headers-" + RUN;
    String secret = source(name);
    String body = payload("E-1", "Header injection " + RUN);
    var headers =
        Map.of(
            "X-Atum-Signature", sign(secret, Instant.now(), body),
            "CamelExecCommandExecutable", "touch",
            "cAmElExecCommandArgs", "target/owned-by-webhook",
            "cAmElHttpUri", "http://169.254.169.254/latest/meta-data",
            "CAMELHTTPMETHOD", "DELETE");

    var response =
        hook(
            name
                + "?CamelExecCommandExecutable=touch&cAmElHttpUri=http://169.254.169.254/"
                + "&CamelHttpMethod=DELETE",
            body,
            headers);

    assertThat(response.status()).as(response.toString()).isEqualTo(202);
    assertThat(admin.get("/api/v1/tickets/" + response.field("ticket")).field("subject"))
        .isEqualTo("Header injection " + RUN);
    assertThat(Path.of("target/owned-by-webhook")).doesNotExist();
  }

  @Test
  void sourcesAreForAdminsAndTheirNamesAndMappingsAreChecked() {
    String name = "crm-admin-" + RUN;
    source(name);

    assertProblem(new Api(port).as("agent").get("/api/v1/webhooks/sources"), 403);
    assertProblem(admin.post("/api/v1/webhooks/sources", MAPPING.formatted(name)), 409);
    assertProblem(admin.post("/api/v1/webhooks/sources", MAPPING.formatted("Bad Name!")), 400);
    var unknownField =
        admin.post(
            "/api/v1/webhooks/sources",
            "{\"name\":\"crm-x-" + RUN + "\",\"mapping\":{\"subject\":\"$.a\",\"owner\":\"$.b\"}}");
    assertProblem(unknownField, 400);
    assertThat(unknownField.text()).contains("'owner' is not a ticket field");
    var brokenPath =
        admin.post(
            "/api/v1/webhooks/sources",
            "{\"name\":\"crm-y-" + RUN + "\",\"mapping\":{\"subject\":\"$.[\"}}");
    assertProblem(brokenPath, 400);
  }
}
