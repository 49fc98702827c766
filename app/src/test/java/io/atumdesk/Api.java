package io.atumdesk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for API tests: real requests over the wire, so filters, security and error
 * handling are all part of what is tested.
 */
public final class Api {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final int port;
  private final Map<String, String> credentials;

  public Api(int port) {
    this(port, Map.of());
  }

  private Api(int port, String authorization) {
    this(port, authorization == null ? Map.of() : Map.of("Authorization", authorization));
  }

  private Api(int port, Map<String, String> credentials) {
    this.port = port;
    this.credentials = Map.copyOf(credentials);
  }

  /** Signs in with a demo user, whose password is its name. */
  public Api as(String user) {
    String credentials = user + ":" + user;
    return new Api(
        port,
        "Basic "
            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Signs in on the sign-in page as a browser does, for the page endpoints (live updates, say):
   * later requests carry the session cookie and the CSRF token, and HTTP Basic for the API.
   */
  public Api signedIn(String user) {
    try {
      var login =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
              HttpResponse.BodyHandlers.ofString());
      String firstSession = sessionCookie(login);
      String token = csrfToken(login.body());
      var signIn =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Cookie", firstSession)
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "username=%s&password=%s&_csrf=%s".formatted(user, user, token)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (signIn.statusCode() != 302
          || signIn.headers().firstValue("Location").orElse("").contains("failed")) {
        throw new AssertionError("sign-in failed for " + user + ": " + signIn.statusCode());
      }
      String session = sessionCookie(signIn);
      var page =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                  .header("Cookie", session)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      // HTTP Basic stays on for the API chain, which is stateless and ignores the session.
      return new Api(
          port,
          Map.of(
              "Authorization", as(user).credentials.get("Authorization"),
              "Cookie", session,
              "X-CSRF-TOKEN", csrfToken(page.body())));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The headers that sign requests in (Authorization, or a session cookie and CSRF token). */
  public Map<String, String> credentials() {
    return credentials;
  }

  private static String sessionCookie(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith("JSESSIONID="))
        .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie"));
  }

  private static String csrfToken(String html) {
    var matcher =
        java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
    if (!matcher.find()) {
      throw new AssertionError("no CSRF token on the page");
    }
    return matcher.group(1);
  }

  public Api withToken(String token) {
    return new Api(port, "Bearer " + token);
  }

  /** The caller's open task on a ticket, as {@code GET /api/v1/tasks} lists it. */
  public JsonNode openTask(String ticketKey) {
    for (JsonNode task : get("/api/v1/tasks").json()) {
      if (ticketKey.equals(task.path("ticketKey").asString(null))) {
        return task;
      }
    }
    throw new AssertionError("no open task for " + ticketKey);
  }

  public Response get(String path) {
    return send("GET", path, null);
  }

  public Response post(String path, String json) {
    return send("POST", path, json);
  }

  public Response patch(String path, String json) {
    return send("PATCH", path, json);
  }

  public Response delete(String path) {
    return send("DELETE", path, null);
  }

  public Response send(String method, String path, String json) {
    return send(method, path, json, "application/json");
  }

  public Response sendXml(String path, String xml) {
    return send("POST", path, xml, "application/xml");
  }

  /** POSTs multipart/form-data: the fields, then one {@code file} part per file. */
  public Response upload(String path, Map<String, String> fields, FilePart... files) {
    return upload(path, fields, false, named(files));
  }

  public Response upload(String path, FilePart... files) {
    return upload(path, Map.of(), false, named(files));
  }

  /** POSTs multipart/form-data with one file part per entry, named by its key. */
  public Response uploadParts(String path, Map<String, FilePart> parts) {
    return upload(path, Map.of(), false, List.copyOf(parts.entrySet()));
  }

  /** The same, sent in chunks without a Content-Length, as a streaming client would. */
  public Response uploadChunked(String path, FilePart... files) {
    return upload(path, Map.of(), true, named(files));
  }

  private static List<Map.Entry<String, FilePart>> named(FilePart... files) {
    return java.util.Arrays.stream(files).map(file -> Map.entry("file", file)).toList();
  }

  private Response upload(
      String path,
      Map<String, String> fields,
      boolean chunked,
      List<Map.Entry<String, FilePart>> files) {
    String boundary = "atum-" + UUID.randomUUID();
    List<Supplier<InputStream>> pieces = new ArrayList<>();
    long length = 0;
    for (var field : fields.entrySet()) {
      byte[] head =
          ("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
                  .formatted(boundary, field.getKey(), field.getValue()))
              .getBytes(StandardCharsets.UTF_8);
      pieces.add(() -> new ByteArrayInputStream(head));
      length += head.length;
    }
    for (Map.Entry<String, FilePart> part : files) {
      FilePart file = part.getValue();
      byte[] head =
          ("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                  + "Content-Type: %s\r\n\r\n")
              .formatted(boundary, part.getKey(), file.filename(), file.claimedType())
              .getBytes(StandardCharsets.UTF_8);
      pieces.add(() -> new ByteArrayInputStream(head));
      pieces.add(file.content());
      pieces.add(() -> new ByteArrayInputStream("\r\n".getBytes(StandardCharsets.UTF_8)));
      length += head.length + file.length() + 2;
    }
    byte[] tail = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    pieces.add(() -> new ByteArrayInputStream(tail));
    length += tail.length;
    Supplier<InputStream> body =
        () ->
            new SequenceInputStream(
                Collections.enumeration(pieces.stream().map(Supplier::get).toList()));
    var publisher = HttpRequest.BodyPublishers.ofInputStream(body);
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .version(HttpClient.Version.HTTP_1_1)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                chunked ? publisher : HttpRequest.BodyPublishers.fromPublisher(publisher, length));
    credentials.forEach(request::header);
    return exchange(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** GETs raw bytes, for downloads. */
  public HttpResponse<byte[]> download(String path) {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    credentials.forEach(request::header);
    return exchangeRaw(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * A file to upload; its bytes are supplied afresh for each request, so large files need not be
   * held in memory.
   */
  public record FilePart(
      String filename, String claimedType, long length, Supplier<InputStream> content) {

    public static FilePart of(String filename, byte[] bytes) {
      return of(filename, "application/octet-stream", bytes);
    }

    /** A file whose client-side type claim ({@code claimedType}) the server should ignore. */
    public static FilePart of(String filename, String claimedType, byte[] bytes) {
      return new FilePart(
          filename, claimedType, bytes.length, () -> new ByteArrayInputStream(bytes));
    }
  }

  private Response exchange(HttpRequest request, HttpResponse.BodyHandler<String> handler) {
    return new Response(exchangeRaw(request, handler));
  }

  private static <T> HttpResponse<T> exchangeRaw(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return HTTP.send(request, handler);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Response send(String method, String path, String body, String contentType) {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    credentials.forEach(request::header);
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return exchange(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A response with its body read as JSON where there is one. */
  public record Response(HttpResponse<String> raw) {

    public int status() {
      return raw.statusCode();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public String text() {
      return raw.body();
    }

    public JsonNode json() {
      return raw.body().isEmpty() ? JSON.missingNode() : JSON.readTree(raw.body());
    }

    public String field(String name) {
      return json().path(name).asString(null);
    }

    @Override
    public String toString() {
      return raw.statusCode() + " " + raw.body();
    }
  }
}
