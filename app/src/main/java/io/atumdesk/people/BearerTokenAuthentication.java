package io.atumdesk.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in a request that presents {@code Authorization: Bearer <personal API token>}. */
final class BearerTokenAuthentication extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";
  private final ApiTokenService tokens;
  private final AuthenticationEntryPoint unauthenticated;

  BearerTokenAuthentication(ApiTokenService tokens, AuthenticationEntryPoint unauthenticated) {
    this.tokens = tokens;
    this.unauthenticated = unauthenticated;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      chain.doFilter(request, response);
      return;
    }
    var account = tokens.authenticate(header.substring(BEARER.length()).trim());
    if (account.isEmpty()) {
      SecurityContextHolder.clearContext();
      unauthenticated.commence(
          request, response, new BadCredentialsException("unknown or revoked token"));
      return;
    }
    SignedInUser user = new SignedInUser(account.get());
    user.eraseCredentials();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    chain.doFilter(request, response);
  }
}
