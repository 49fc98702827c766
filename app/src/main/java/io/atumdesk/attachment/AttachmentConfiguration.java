package io.atumdesk.attachment;

import io.atumdesk.core.RequestBodyAllowance;
import jakarta.servlet.MultipartConfigElement;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes uploads the one exception to the general request body limit, and gives the servlet
 * container's multipart handling the same limit, so that both answer 413 at the same size.
 */
@Configuration
class AttachmentConfiguration {

  /**
   * Every request that may carry files, in one place: the API's upload, the agent's reply form, and
   * the portal's forms to raise a ticket and to reply.
   */
  static final Pattern UPLOAD_PATH =
      Pattern.compile(
          "/api/v1/tickets/[^/]+/attachments/?|/tickets/[^/]+/comments"
              + "|/portal/tickets(/[^/]+/replies)?/?");

  /** Uploads may carry {@code atum.attachments.max-size}, refused by Content-Length up front. */
  @Bean
  RequestBodyAllowance uploadBodyAllowance(AttachmentProperties properties) {
    long limit = properties.maxSize().toBytes();
    return request -> {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      return "POST".equals(request.getMethod()) && UPLOAD_PATH.matcher(path).matches()
          ? OptionalLong.of(limit)
          : OptionalLong.empty();
    };
  }

  /**
   * Replaces Spring Boot's {@code spring.servlet.multipart.*} limits with ours: parts go straight
   * to disk next to our own incoming files, and a chunked body over the limit is cut off while it
   * is read, its spooled parts deleted.
   */
  @Bean
  MultipartConfigElement multipartConfig(AttachmentProperties properties, AttachmentFiles files) {
    long limit = properties.maxSize().toBytes();
    return new MultipartConfigElement(files.incoming().toString(), limit, limit, 0);
  }
}
