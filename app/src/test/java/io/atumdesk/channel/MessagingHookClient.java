package io.atumdesk.channel;

import io.atumdesk.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Posts webhook requests as Twilio, Slack, Telegram or Teams would, with the headers given. */
final class MessagingHookClient {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final int port;

  MessagingHookClient(int port) {
    this.port = port;
  }

  String url(String hookPath) {
    return "http://localhost:" + port + hookPath;
  }

  Api.Response post(String hookPath, String contentType, String body, Map<String, String> headers) {
    var request =
        HttpRequest.newBuilder(URI.create(url(hookPath)))
            .header("Content-Type", contentType)
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
}
