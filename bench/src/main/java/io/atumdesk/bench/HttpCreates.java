package io.atumdesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Raises incidents through {@code POST /api/v1/tickets} with a personal API token, since HTTP Basic
 * pays a bcrypt hash per request. The inputs cycle so that several decision rules match.
 */
final class HttpCreates implements Load.Operation {

  private static final String[] LEVELS = {"HIGH", "MEDIUM", "LOW"};
  private static final String[] CATEGORIES = {"network", "hardware", "software", "access"};

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI tickets;
  private final String authorization;

  private HttpCreates(URI base, String token) {
    this.tickets = base.resolve("/api/v1/tickets");
    this.authorization = "Bearer " + token;
  }

  /** Issues a token for the user (one Basic request) and uses it for every create. */
  static HttpCreates signIn(URI base, String user, String password) throws Exception {
    return new HttpCreates(base, Tokens.issue(base, user, password));
  }

  @Override
  public void run(int index) throws Exception {
    String body =
        """
        {"type":"INCIDENT","subject":"Bench incident %d","description":"Raised by the load benchmark",\
        "impact":"%s","urgency":"%s","category":"%s"}"""
            .formatted(
                index,
                LEVELS[index % 3],
                LEVELS[(index / 3) % 3],
                CATEGORIES[(index / 9) % CATEGORIES.length]);
    HttpRequest request =
        HttpRequest.newBuilder(tickets)
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 201) {
      throw new IllegalStateException(response.statusCode() + " " + response.body());
    }
  }
}
