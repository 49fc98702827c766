package io.atumdesk.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real Prometheus Alertmanager (Debian's {@code prometheus-alertmanager}) on loopback, its
 * webhook receiver pointed at this application with the source's bearer secret: an alert posted to
 * it raises an incident, and the same alert ended resolves it. Skipped where the binary is missing.
 */
@IntegrationTest
class AlertmanagerIntegrationTests {

  static final Path BINARY =
      Path.of(
          System.getenv().getOrDefault("ATUM_ALERTMANAGER", "/usr/bin/prometheus-alertmanager"));
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final String RUN = Long.toString(Instant.now().toEpochMilli(), 36);

  @LocalServerPort int port;
  @TempDir Path work;
  Process alertmanager;

  @AfterEach
  void stopAlertmanager() {
    if (alertmanager != null) {
      alertmanager.destroy();
    }
  }

  @Test
  void anAlertFiredAndResolvedInAlertmanagerRaisesAndResolvesAnIncident() throws Exception {
    assumeTrue(
        Files.isExecutable(BINARY),
        "Alertmanager is not installed: apt-get install prometheus-alertmanager (or set"
            + " ATUM_ALERTMANAGER to its binary)");
    String alertmanagerUrl = start();
    String summary = "Real Alertmanager alert " + RUN;
    Api admin = new Api(port).as("admin");

    postAlert(alertmanagerUrl, summary, null);

    await().atMost(Duration.ofSeconds(30)).until(() -> incidents(admin, summary).size() == 1);
    String key = incidents(admin, summary).get(0);

    postAlert(alertmanagerUrl, summary, Instant.now().minusSeconds(60));

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "RESOLVED".equals(admin.get("/api/v1/tickets/" + key).field("status")));
    assertThat(incidents(admin, summary)).containsExactly(key);
  }

  private String start() throws IOException {
    int listen = freePort();
    Path config = work.resolve("alertmanager.yml");
    Files.writeString(
        config,
        """
        route:
          receiver: atum-desk
          group_by: [alertname]
          group_wait: 1s
          group_interval: 1s
          repeat_interval: 1h
        receivers:
          - name: atum-desk
            webhook_configs:
              - url: http://127.0.0.1:%d/api/v1/hooks/alerts/acme-prometheus
                send_resolved: true
                http_config:
                  authorization:
                    type: Bearer
                    credentials: %s
        """
            .formatted(port, AlertHookIntegrationTests.PROMETHEUS_SECRET));
    alertmanager =
        new ProcessBuilder(
                BINARY.toString(),
                "--config.file=" + config,
                "--storage.path=" + work.resolve("data"),
                "--web.listen-address=127.0.0.1:" + listen,
                "--cluster.listen-address=")
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("alertmanager.log").toFile())
            .start();
    String url = "http://127.0.0.1:" + listen;
    await()
        .atMost(Duration.ofSeconds(20))
        .ignoreExceptions()
        .until(() -> send(HttpRequest.newBuilder(URI.create(url + "/-/ready")).build()) == 200);
    return url;
  }

  private static void postAlert(String alertmanager, String summary, Instant endsAt)
      throws Exception {
    String alert =
        """
        [{"labels":{"alertname":"AtumRealAlertmanager","severity":"critical","run":"%s"},
          "annotations":{"summary":"%s"},
          "generatorURL":"http://prometheus.example:9090/graph"%s}]
        """
            .formatted(RUN, summary, endsAt == null ? "" : ",\"endsAt\":\"" + endsAt + "\"");
    int status =
        send(
            HttpRequest.newBuilder(URI.create(alertmanager + "/api/v2/alerts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(alert))
                .build());
    assertThat(status).isEqualTo(200);
  }

  private static List<String> incidents(Api admin, String summary) {
    return admin
        .get("/api/v1/tickets?size=10&text=" + summary.replace(' ', '+'))
        .json()
        .path("items")
        .valueStream()
        .map(item -> item.path("key").asString())
        .toList();
  }

  private static int send(HttpRequest request) throws Exception {
    return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
