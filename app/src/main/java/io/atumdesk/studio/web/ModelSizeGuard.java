package io.atumdesk.studio.web;

import io.atumdesk.core.ProblemWriter;
import io.atumdesk.studio.StudioProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a model whose declared size is over the limit before its body is read, so that a huge
 * upload costs no time; JSON may escape the XML, hence twice the limit. Smaller and chunked bodies
 * are measured exactly once read. The answer is written here, whole, so that the client reads it
 * although the server stops reading the upload.
 */
@Configuration
class ModelSizeGuard implements WebMvcConfigurer, HandlerInterceptor {

  private final long limit;
  private final ProblemWriter problems;

  ModelSizeGuard(StudioProperties properties, ProblemWriter problems) {
    this.limit = properties.maxModelSize().toBytes();
    this.problems = problems;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(this)
        .addPathPatterns(
            "/api/v1/studio/processes/*/draft",
            "/api/v1/studio/processes/*/validate",
            "/studio/processes/*/draft",
            "/studio/processes/*/validate",
            "/api/v1/studio/decisions/*/draft",
            "/api/v1/studio/decisions/*/validate",
            "/api/v1/studio/forms/*/draft",
            "/api/v1/studio/forms/*/validate",
            "/studio/decisions/*/draft",
            "/studio/decisions/*/validate",
            "/studio/forms/*/draft",
            "/studio/forms/*/validate");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    long declared = request.getContentLengthLong();
    if (declared <= 2 * limit) {
      return true;
    }
    problems.write(
        response,
        HttpStatus.BAD_REQUEST,
        "Invalid input",
        "The model is sent in %d KB; a model may be at most %d KB."
            .formatted(declared / 1024, limit / 1024));
    return false;
  }
}
