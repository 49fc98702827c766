package io.atumdesk.chat;

import io.atumdesk.Api;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chat widget as tests drive it: real HTTP to {@code /chat/{widget}/...} with the chat's bearer
 * token, and its event stream read line by line on a thread of its own.
 */
final class ChatVisitor {

  static final Duration PATIENCE = Duration.ofSeconds(15);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final int port;
  final String widget;
  String conversation;
  String token;

  ChatVisitor(int port, String widget) {
    this.port = port;
    this.widget = widget;
  }

  String base() {
    return "/chat/" + widget;
  }

  /** Starts a chat with a first line; keeps its id and token. */
  ChatVisitor start(String name, String email, String text) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("email", email);
    body.put("language", "en");
    body.put("text", text);
    Api.Response started =
        send("POST", base() + "/conversations", JSON.writeValueAsString(body), null);
    if (started.status() != 201) {
      throw new AssertionError("could not start a chat: " + started);
    }
    conversation = started.field("conversation");
    token = started.field("token");
    return this;
  }

  String token() {
    return token;
  }

  String chat() {
    return base() + "/conversations/" + conversation;
  }

  Api.Response write(String text) {
    return send("POST", chat() + "/messages", JSON.writeValueAsString(Map.of("text", text)), token);
  }

  Api.Response state() {
    return send("GET", chat(), null, token);
  }

  Api.Response send(String method, String path, String json, String bearer) {
    return send(method, path, json, bearer, Map.of());
  }

  Api.Response send(
      String method, String path, String json, String bearer, Map<String, String> headers) {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    headers.forEach(request::header);
    try {
      return new Api.Response(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Uploads one file as the widget does (multipart, part "file"). */
  Api.Response upload(String filename, byte[] content) {
    String boundary = "chat-" + UUID.randomUUID();
    byte[] head =
        ("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
            .formatted(boundary, filename)
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + chat() + "/files"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      return new Api.Response(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Trades the token for a stream ticket and opens the event stream with it. */
  Events events() {
    String ticket = send("POST", chat() + "/stream-tickets", null, token).field("ticket");
    return Events.open(port, chat() + "/events?ticket=" + ticket);
  }

  /** An open event stream; tests wait on its events, never on the clock. */
  static final class Events implements AutoCloseable {

    record Event(String name, JsonNode data) {}

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();

    private Events(HttpResponse<InputStream> response) {
      this.response = response;
      if (response.statusCode() == 200) {
        Thread reader = new Thread(this::read, "test-chat-stream");
        reader.setDaemon(true);
        reader.start();
      }
    }

    static Events open(int port, String path) {
      var request =
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .header("Accept", "text/event-stream")
              .build();
      try {
        return new Events(
            HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    int status() {
      return response.statusCode();
    }

    /** The next event of this name, skipping others; fails after a while. */
    Event next(String name) {
      try {
        Event event;
        while ((event = queue.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          if (event.name().equals(name)) {
            return event;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new AssertionError("no '" + name + "' event arrived");
    }

    private void read() {
      try (var lines =
          new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
        String name = "message";
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = lines.readLine()) != null) {
          if (line.startsWith("event:")) {
            name = line.substring(6).trim();
          } else if (line.startsWith("data:")) {
            data.append(line.substring(5));
          } else if (line.isEmpty() && !data.isEmpty()) {
            queue.add(new Event(name, JSON.readTree(data.toString())));
            name = "message";
            data.setLength(0);
          }
        }
      } catch (Exception e) {
        // closed
      }
    }

    @Override
    public void close() {
      try {
        response.body().close();
      } catch (Exception e) {
        // already closed
      }
    }
  }
}
