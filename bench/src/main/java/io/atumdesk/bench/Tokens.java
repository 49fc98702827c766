package io.atumdesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Personal API tokens for load clients, since HTTP Basic pays a bcrypt hash per request. */
final class Tokens {

  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

  private Tokens() {}

  /** Issues a token for the user with one Basic request. */
  static String issue(URI base, String user, String password) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/api/v1/me/tokens"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\"}"))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    Matcher token = TOKEN.matcher(response.body());
    if (response.statusCode() != 201 || !token.find()) {
      throw new IllegalStateException(
          "no token for " + user + ": " + response.statusCode() + " " + response.body());
    }
    return token.group(1);
  }
}
