package io.atumdesk.assist.panel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAI-compatible chat-completions endpoint on WireMock, answering in the wire format Ollama,
 * llama.cpp's server and vLLM use: {@code POST /v1/chat/completions} with a {@code choices} array.
 */
final class LocalModelStandIn {

  static final String PATH = "/v1/chat/completions";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private LocalModelStandIn() {}

  /** The model answers {@code content} as the assistant's message. */
  static void answers(WireMockExtension model, String content) {
    model.stubFor(post(urlEqualTo(PATH)).willReturn(completion(content)));
  }

  static ResponseDefinitionBuilder completion(String content) {
    String body =
        """
        {"id": "chatcmpl-123", "object": "chat.completion", "created": 1764410000,
         "model": "llama3.2",
         "choices": [{"index": 0, "message": {"role": "assistant", "content": %s},
                      "finish_reason": "stop"}],
         "usage": {"prompt_tokens": 120, "completion_tokens": 60, "total_tokens": 180}}
        """
            .formatted(JSON.writeValueAsString(content));
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }
}
