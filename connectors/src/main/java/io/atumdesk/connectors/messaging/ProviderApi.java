package io.atumdesk.connectors.messaging;

import io.atumdesk.connectors.outbound.DeliveryException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Calls a provider's HTTP API for a transport. Network failures and 5xx are temporary; 429 and
 * other 4xx answers are left to the channel to judge (each says how long to wait in its own way).
 */
public final class ProviderApi {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private ProviderApi() {}

  /** The answer of a call that reached the provider. */
  public record Answer(int status, String body, Optional<String> retryAfter) {}

  public static Answer call(HttpRequest.Builder request) throws DeliveryException {
    HttpResponse<String> response;
    try {
      response =
          CLIENT.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw DeliveryException.temporary("The provider could not be reached: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DeliveryException.temporary("Interrupted while sending", e);
    }
    Optional<String> retryAfter = response.headers().firstValue("Retry-After");
    if (response.statusCode() >= 500) {
      throw DeliveryException.temporary(
          "The provider answered " + response.statusCode() + ": " + cut(response.body()), null);
    }
    return new Answer(response.statusCode(), response.body(), retryAfter);
  }

  /** A temporary failure that keeps the provider's Retry-After (seconds), when it sent one. */
  public static DeliveryException rateLimited(Optional<String> retryAfter) {
    Duration wait = retryAfter.flatMap(ProviderApi::seconds).orElse(null);
    String reason =
        "Rate limited by the provider; retry after " + retryAfter.orElse("a while") + " s";
    return wait == null
        ? DeliveryException.temporary(reason, null)
        : DeliveryException.retryAfter(reason, wait);
  }

  private static Optional<Duration> seconds(String value) {
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  public static URI uri(String base, String path) {
    String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    return URI.create(trimmed + path);
  }

  public static String cut(String text) {
    return text == null || text.length() <= 500 ? text : text.substring(0, 500);
  }
}
