package io.atumdesk.assist.panel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The optional OpenAI-compatible model on the operator's own machines (Ollama, llama.cpp's server,
 * vLLM). Off while {@code baseUrl} is empty, which is the default; every feature works without it.
 *
 * @param baseUrl the API's base, ending before {@code /chat/completions}, e.g. {@code
 *     http://llm.internal:11434/v1}
 * @param model the model name the server knows
 * @param apiKey sent as a bearer token when given (most local servers need none)
 * @param timeout how long a draft may take before the template is used instead
 * @param maxTicketChars how much of the customer's text the model is shown
 * @param maxAnswerChars the longest answer kept; longer ones are cut
 */
@ConfigurationProperties(prefix = "atum.assist.llm")
public record LocalModelProperties(
    String baseUrl,
    @DefaultValue("llama3.2") String model,
    String apiKey,
    @DefaultValue("PT20S") Duration timeout,
    @DefaultValue("4000") int maxTicketChars,
    @DefaultValue("2000") int maxAnswerChars) {

  boolean enabled() {
    return baseUrl != null && !baseUrl.isBlank();
  }
}
