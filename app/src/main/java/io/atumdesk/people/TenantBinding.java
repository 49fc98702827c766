package io.atumdesk.people;

import io.atumdesk.core.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the signed-in user's tenant (or, for anonymous requests, a tenant owning nothing) to the
 * request thread, and always unbinds it: no request thread ever runs as the root tenant.
 */
final class TenantBinding extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    try {
      if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
        TenantContext.set(user.actor().tenantId());
      } else {
        TenantContext.setNone();
      }
      chain.doFilter(request, response);
    } finally {
      TenantContext.clear();
    }
  }
}
