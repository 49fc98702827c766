package io.atumdesk.portal;

import io.atumdesk.attachment.AttachmentProperties;
import io.atumdesk.core.RequestBodyAllowance;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's forms that carry files (raising a ticket, replying) may be as large as one
 * attachment upload, {@code atum.attachments.max-size}, instead of the general body limit.
 */
@Configuration
class PortalConfiguration {

  static final Pattern UPLOAD_PATH = Pattern.compile("/portal/tickets(/[^/]+/replies)?/?");

  @Bean
  RequestBodyAllowance portalUploadAllowance(AttachmentProperties properties) {
    long limit = properties.maxSize().toBytes();
    return request -> {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      return "POST".equals(request.getMethod()) && UPLOAD_PATH.matcher(path).matches()
          ? OptionalLong.of(limit)
          : OptionalLong.empty();
    };
  }
}
