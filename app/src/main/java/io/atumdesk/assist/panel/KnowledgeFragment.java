package io.atumdesk.assist.panel;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Whether this installation serves the knowledge module's matching articles for a ticket ({@code
 * GET /knowledge/for-ticket/{key}}). The panel loads that fragment only then: a request that is
 * bound to answer 404 would still show up as an error in the browser.
 */
@Component
class KnowledgeFragment {

  static final String PATH = "/knowledge/for-ticket/";

  private final RequestMappingHandlerMapping mappings;
  private volatile Boolean served;

  KnowledgeFragment(
      @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
    this.mappings = mappings;
  }

  /** Looked up once, on first use: the mappings are complete once requests are served. */
  boolean served() {
    Boolean known = served;
    if (known == null) {
      PathContainer sample = PathContainer.parsePath(PATH + "INC-000001");
      known =
          mappings.getHandlerMethods().keySet().stream()
              .filter(info -> info.getPathPatternsCondition() != null)
              .flatMap(info -> info.getPathPatternsCondition().getPatterns().stream())
              .anyMatch((PathPattern pattern) -> pattern.matches(sample));
      served = known;
    }
    return known;
  }
}
