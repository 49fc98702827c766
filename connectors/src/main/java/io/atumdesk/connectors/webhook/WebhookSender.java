package io.atumdesk.connectors.webhook;

import io.atumdesk.connectors.webhook.WebhookOutcome.Result;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Posts one signed delivery: the target is checked against the address policy first, redirects are
 * never followed, 2xx is delivered, 408, 429, 5xx and network failures are worth another try, and
 * every other answer is final.
 */
@Component
class WebhookSender {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final TargetPolicy policy;
  private final Clock clock;

  WebhookSender(TargetPolicy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  WebhookOutcome send(WebhookCall call) {
    long started = System.nanoTime();
    try {
      URI target = URI.create(call.url());
      policy.check(target);
      HttpResponse<InputStream> response =
          http.send(request(target, call), HttpResponse.BodyHandlers.ofInputStream());
      // Only the head of the answer is read, so a huge one cannot fill memory.
      String head;
      try (InputStream in = response.body()) {
        head = new String(in.readNBytes(WebhookOutcome.LONGEST_RESPONSE), StandardCharsets.UTF_8);
      }
      return judge(response.statusCode(), head, millisSince(started));
    } catch (TargetRefused e) {
      Result result = e.unresolved() ? Result.RETRY : Result.PERMANENT;
      return WebhookOutcome.of(result, 0, null, millisSince(started), e.getMessage());
    } catch (HttpTimeoutException e) {
      return WebhookOutcome.of(
          Result.RETRY, 0, null, millisSince(started), "timed out: " + e.getMessage());
    } catch (IOException e) {
      return WebhookOutcome.of(
          Result.RETRY, 0, null, millisSince(started), "no connection: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return WebhookOutcome.of(
          Result.PERMANENT, 0, null, millisSince(started), "not a valid target: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return WebhookOutcome.of(Result.RETRY, 0, null, millisSince(started), "interrupted");
    }
  }

  private HttpRequest request(URI target, WebhookCall call) {
    return HttpRequest.newBuilder(target)
        .timeout(READ_TIMEOUT)
        .header("Content-Type", "application/json")
        .header("User-Agent", "ATUM-DESK-Webhooks/1")
        .header("X-Atum-Event", call.event())
        .header("X-Atum-Delivery", call.deliveryId())
        .header(
            WebhookSignature.HEADER,
            WebhookSignature.header(call.secret(), clock.instant(), call.body()))
        .POST(HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8))
        .build();
  }

  static WebhookOutcome judge(int status, String body, long millis) {
    if (status >= 200 && status < 300) {
      return WebhookOutcome.of(Result.DELIVERED, status, body, millis, null);
    }
    String reason = "the receiver answered " + status;
    if (status == 408 || status == 429 || status >= 500) {
      return WebhookOutcome.of(Result.RETRY, status, body, millis, reason);
    }
    if (status >= 300 && status < 400) {
      reason += " (a redirect, which webhooks never follow)";
    }
    return WebhookOutcome.of(Result.PERMANENT, status, body, millis, reason);
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
