package io.atumdesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of {@code GET /api/v1/inbox} for the common views, sorts and filters, and of the counts,
 * against a running app whose database holds the generated tickets ({@code sql/inbox-data.sql}).
 * Each scenario: a warm-up, then {@code --count} requests on {@code --clients} threads.
 *
 * <pre>java -cp ... io.atumdesk.bench.InboxBenchmark --url http://localhost:8082 --count 400
 * --clients 4 --user agent --password agent</pre>
 */
public final class InboxBenchmark {

  private static final Pattern NEXT = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI base;
  private final String authorization;

  private InboxBenchmark(URI base, String token) {
    this.base = base;
    this.authorization = "Bearer " + token;
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    var bench =
        new InboxBenchmark(
            options.url(), Tokens.issue(options.url(), options.user(), options.password()));
    Map<String, List<String>> scenarios = new LinkedHashMap<>();
    scenarios.put("all open, updated", List.of("/api/v1/inbox?view=ALL_OPEN"));
    scenarios.put("all open, pages 2-10", bench.pages("/api/v1/inbox?view=ALL_OPEN", 10));
    scenarios.put("my work", List.of("/api/v1/inbox?view=MY_WORK"));
    scenarios.put("my groups", List.of("/api/v1/inbox?view=MY_GROUPS"));
    scenarios.put("my groups, pages 2-10", bench.pages("/api/v1/inbox?view=MY_GROUPS", 10));
    scenarios.put("sla at risk, slaDue", List.of("/api/v1/inbox?view=SLA_AT_RISK&sort=slaDue"));
    scenarios.put("all open, priority", List.of("/api/v1/inbox?view=ALL_OPEN&sort=priority"));
    scenarios.put("all open, slaDue", List.of("/api/v1/inbox?view=ALL_OPEN&sort=slaDue"));
    scenarios.put(
        "all open, P1+P2 incidents",
        List.of("/api/v1/inbox?view=ALL_OPEN&type=INCIDENT&priority=P1&priority=P2"));
    scenarios.put(
        "all open, unassigned", List.of("/api/v1/inbox?view=ALL_OPEN&assignee=unassigned"));
    scenarios.put("all open, text 'vpn'", List.of("/api/v1/inbox?view=ALL_OPEN&text=vpn"));
    scenarios.put(
        "all, text 'printer (12)'", List.of("/api/v1/inbox?view=ALL&text=printer%20(12)"));
    scenarios.put("all, key", List.of("/api/v1/inbox?view=ALL&text=INC-150000"));
    scenarios.put("all, created", List.of("/api/v1/inbox?view=ALL&sort=created"));
    scenarios.put("counts", List.of("/api/v1/inbox/counts"));

    ReadScenarios.run(options, scenarios, bench::get);
  }

  /** The paths of pages 2 to {@code pages} of a view, following its cursors. */
  private List<String> pages(String first, int pages) throws Exception {
    List<String> paths = new ArrayList<>();
    String body = get(first);
    for (int page = 2; page <= pages; page++) {
      Matcher next = NEXT.matcher(body);
      if (!next.find()) {
        break;
      }
      String path = first + "&cursor=" + next.group(1);
      paths.add(path);
      body = get(path);
    }
    return paths;
  }

  private String get(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", authorization)
            .GET()
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }
}
