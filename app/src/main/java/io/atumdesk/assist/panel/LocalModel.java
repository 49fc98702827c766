package io.atumdesk.assist.panel;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Speaks the chat-completions wire format ({@code POST <base>/chat/completions}, one system and one
 * user message, no streaming) to the operator's model. Any failure (refused connection, timeout,
 * error status, an answer without content) is an empty result: the caller falls back to templates.
 */
@Component
class LocalModel {

  private static final Logger log = LoggerFactory.getLogger(LocalModel.class);

  private final LocalModelProperties properties;
  private final JsonMapper json;
  private final RestClient client;

  LocalModel(LocalModelProperties properties, JsonMapper json) {
    this.properties = properties;
    this.json = json;
    HttpClient http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
    requests.setReadTimeout(properties.timeout());
    RestClient.Builder builder =
        RestClient.builder().requestFactory(requests).baseUrl(base(properties.baseUrl()));
    if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
      builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.apiKey());
    }
    this.client = builder.build();
  }

  boolean enabled() {
    return properties.enabled();
  }

  /** The content of the first choice, or empty when the model gave none. */
  Optional<String> complete(String system, String user, int maxTokens) {
    if (!enabled()) {
      return Optional.empty();
    }
    Map<String, Object> request =
        Map.of(
            "model",
            properties.model(),
            "messages",
            List.of(
                Map.of("role", "system", "content", system),
                Map.of("role", "user", "content", user)),
            "temperature",
            0.2,
            "max_tokens",
            maxTokens,
            "stream",
            false);
    try {
      String answer =
          client
              .post()
              .uri("/chat/completions")
              .contentType(MediaType.APPLICATION_JSON)
              .accept(MediaType.APPLICATION_JSON)
              .body(json.writeValueAsString(request))
              .retrieve()
              .body(String.class);
      return content(answer);
    } catch (RestClientException | JacksonException e) {
      // The message names the host and the cause, never the prompt.
      log.warn("The local model did not answer: {}", e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<String> content(String answer) {
    if (answer == null) {
      return Optional.empty();
    }
    JsonNode content =
        json.readTree(answer).path("choices").path(0).path("message").path("content");
    return content.isString() ? Optional.of(content.asString()) : Optional.empty();
  }

  private static String base(String url) {
    if (url == null) {
      return "";
    }
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
