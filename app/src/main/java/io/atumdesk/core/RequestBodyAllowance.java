package io.atumdesk.core;

import jakarta.servlet.http.HttpServletRequest;
import java.util.OptionalLong;

/**
 * A deliberate exception to {@code atum.core.max-request-body}: a module that accepts larger bodies
 * on some requests (file uploads) names those requests and their own limit. {@link
 * RequestSizeLimit} still enforces that limit, up front and while counting.
 */
public interface RequestBodyAllowance {

  /** The most bytes this request's body may have, or empty when the general limit applies. */
  OptionalLong limitFor(HttpServletRequest request);
}
