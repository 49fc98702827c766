package io.atumdesk.alert;

import io.atumdesk.Api;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Posts alert payloads as a monitoring system would, with whatever headers it chooses. */
final class AlertHookClient {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final int port;

  AlertHookClient(int port) {
    this.port = port;
  }

  /** A payload from {@code src/test/resources/alerts}, its fingerprint placeholder filled in. */
  static String payload(String file, String fingerprint) {
    try (InputStream in = AlertHookClient.class.getResourceAsStream("/alerts/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("FINGERPRINT", fingerprint);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Api.Response post(String sourceId, String body, Map<String, String> headers) {
    var request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/hooks/alerts/" + sourceId))
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

  Api.Response post(String sourceId, String body, String secret) {
    return post(sourceId, body, Map.of("Authorization", "Bearer " + secret));
  }
}
