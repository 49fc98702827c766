package io.atumdesk.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of the agent's inbox page as the browser asks for it: the whole page ({@code GET /inbox}:
 * view counts, saved views, filters and the first 50 rows) and the htmx fragment a filter change or
 * a live update fetches ({@code GET /inbox/rows}), signed in through the sign-in form with a
 * session cookie, against a running app with the generated tickets.
 */
public final class InboxPageBenchmark {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI base;
  private String session;

  private InboxPageBenchmark(URI base) {
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    var bench = new InboxPageBenchmark(options.url());
    bench.signIn(options.user(), options.password());
    Map<String, List<String>> scenarios = new LinkedHashMap<>();
    scenarios.put("page: all open", List.of("/inbox"));
    scenarios.put("page: my groups", List.of("/inbox?view=MY_GROUPS"));
    scenarios.put("page: sla at risk", List.of("/inbox?view=SLA_AT_RISK&sort=slaDue"));
    scenarios.put("rows: all open, priority", List.of("/inbox/rows?view=ALL_OPEN&sort=priority"));
    scenarios.put("rows: text 'vpn'", List.of("/inbox/rows?view=ALL_OPEN&text=vpn"));
    scenarios.put(
        "rows: P1 incidents", List.of("/inbox/rows?view=ALL_OPEN&type=INCIDENT&priority=P1"));
    scenarios.put("counts fragment", List.of("/inbox/counts?view=ALL_OPEN"));

    ReadScenarios.run(options, scenarios, bench::get);
  }

  /** Signs in as a browser does: the form's CSRF token, then the session the sign-in answers. */
  private void signIn(String user, String password) throws Exception {
    HttpResponse<String> form =
        http.send(
            HttpRequest.newBuilder(base.resolve("/login")).build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher token = CSRF.matcher(form.body());
    if (!token.find()) {
      throw new IllegalStateException("no CSRF token on the sign-in page");
    }
    String body =
        "username=%s&password=%s&_csrf=%s"
            .formatted(encode(user), encode(password), encode(token.group(1)));
    HttpResponse<String> signedIn =
        http.send(
            HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie(form))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    session = cookie(signedIn);
  }

  private static String cookie(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(value -> value.startsWith("JSESSIONID="))
        .map(value -> value.substring(0, value.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no session cookie"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private void get(String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Cookie", session)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + response.statusCode());
    }
  }
}
