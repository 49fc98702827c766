package io.atumdesk.studio;

import io.atumdesk.core.RequestBodyAllowance;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The studio's model endpoints read bodies up to {@code atum.studio.max-upload}, so that a model
 * over {@code atum.studio.max-model-size} is refused with 400 and the model's limit by name.
 */
@Configuration
class StudioConfiguration {

  static final Pattern MODEL_PATH =
      Pattern.compile("(/api/v1)?/studio/processes/[^/]+/(draft|validate)");

  @Bean
  RequestBodyAllowance studioModelAllowance(StudioProperties properties) {
    long limit = properties.maxUpload().toBytes();
    return request -> {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      return MODEL_PATH.matcher(path).matches() ? OptionalLong.of(limit) : OptionalLong.empty();
    };
  }
}
