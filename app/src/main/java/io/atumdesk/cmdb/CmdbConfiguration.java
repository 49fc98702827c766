package io.atumdesk.cmdb;

import io.atumdesk.core.RequestBodyAllowance;
import java.util.OptionalLong;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The CSV import may carry {@code atum.cmdb.import-max-size}, more than other API requests. */
@Configuration
class CmdbConfiguration {

  static final String IMPORT_PATH = "/api/v1/cis/import";

  @Bean
  RequestBodyAllowance cmdbImportAllowance(CmdbProperties properties) {
    long limit = properties.importMaxSize().toBytes();
    return request -> {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      return "POST".equals(request.getMethod()) && IMPORT_PATH.equals(path)
          ? OptionalLong.of(limit)
          : OptionalLong.empty();
    };
  }
}
