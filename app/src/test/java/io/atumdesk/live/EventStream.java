package io.atumdesk.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser's EventSource for tests: opens {@code /live/stream} over real HTTP and reads it line by
 * line on its own thread; tests wait on the events, never on the clock.
 */
final class EventStream implements AutoCloseable {

  static final Duration PATIENCE = Duration.ofSeconds(15);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  record Event(String name, JsonNode data) {}

  private final HttpResponse<InputStream> response;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final String errorBody;

  private EventStream(HttpResponse<InputStream> response) throws IOException {
    this.response = response;
    if (response.statusCode() == 200) {
      errorBody = null;
      Thread reader = new Thread(this::read, "test-event-stream");
      reader.setDaemon(true);
      reader.start();
    } else {
      try (InputStream body = response.body()) {
        errorBody = new String(body.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }

  /** Opens the stream as a demo user (password = name); {@code query} like {@code ?ticket=X}. */
  static EventStream open(int port, String user, String query) {
    var builder =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/live/stream" + query))
            .header("Accept", "text/event-stream");
    new io.atumdesk.Api(port).signedIn(user).credentials().forEach(builder::header);
    var request = builder.build();
    try {
      return new EventStream(
          HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
              .get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
    } catch (Exception e) {
      throw new IllegalStateException("could not open the event stream", e);
    }
  }

  int status() {
    return response.statusCode();
  }

  String header(String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  String errorBody() {
    return errorBody;
  }

  /** The next event named {@code name} that matches, skipping others; fails after a while. */
  Event next(String name, Predicate<Event> matching) {
    var seen = until(name, matching);
    return seen.get(seen.size() - 1);
  }

  /** Every event received up to and including the first named {@code name} that matches. */
  List<Event> until(String name, Predicate<Event> matching) {
    var seen = new ArrayList<Event>();
    while (true) {
      Event event = poll(PATIENCE);
      if (event == null) {
        throw new AssertionError("no matching '" + name + "' event; received " + seen);
      }
      seen.add(event);
      if (event.name().equals(name) && matching.test(event)) {
        return seen;
      }
    }
  }

  /** A matching event if one arrives within {@code wait}, skipping others. */
  Optional<Event> poll(String name, Predicate<Event> matching, Duration wait) {
    Event event;
    while ((event = poll(wait)) != null) {
      if (event.name().equals(name) && matching.test(event)) {
        return Optional.of(event);
      }
    }
    return Optional.empty();
  }

  private Event poll(Duration wait) {
    try {
      return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void read() {
    var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    String name = "message";
    var data = new StringBuilder();
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isEmpty() && !data.isEmpty()) {
          events.add(new Event(name, JSON.readTree(data.toString())));
          name = "message";
          data.setLength(0);
        } else if (line.startsWith("event:")) {
          name = line.substring("event:".length()).trim();
        } else if (line.startsWith("data:")) {
          data.append(line.substring("data:".length()));
        }
      }
    } catch (IOException e) {
      // closed by the test
    }
  }

  @Override
  public void close() {
    try {
      response.body().close();
    } catch (IOException e) {
      // already closed
    }
  }
}
