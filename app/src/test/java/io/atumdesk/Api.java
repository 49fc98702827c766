package io.atumdesk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
  private final String authorization;

  public Api(int port) {
    this(port, null);
  }

  private Api(int port, String authorization) {
    this.port = port;
    this.authorization = authorization;
  }

  /** Signs in with a demo user, whose password is its name. */
  public Api as(String user) {
    String credentials = user + ":" + user;
    return new Api(
        port,
        "Basic "
            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
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

  private Response send(String method, String path, String body, String contentType) {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
