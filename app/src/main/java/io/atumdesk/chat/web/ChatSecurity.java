package io.atumdesk.chat.web;

import io.atumdesk.core.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The widget endpoints' own chain: public, no session and no CSRF (visitors prove themselves with
 * their chat's bearer token, which a foreign site cannot read), and CORS only for the widget's
 * allowed origins. Requests start with no tenant; the widget's id finds it.
 */
@Configuration
class ChatSecurity {

  @Bean
  @Order(0)
  SecurityFilterChain chatWidgetChain(HttpSecurity http, WidgetCors cors) throws Exception {
    return http.securityMatcher(VisitorController.BASE + "/**")
        .csrf(csrf -> csrf.disable())
        .cors(c -> c.configurationSource(cors))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .securityContext(context -> context.disable())
        .anonymous(anonymous -> anonymous.disable())
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .addFilterBefore(new NoTenant(), SecurityContextHolderFilter.class)
        .build();
  }

  /** Binds a tenant that owns nothing until the widget's own is known. */
  static final class NoTenant extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      TenantContext.setNone();
      try {
        chain.doFilter(request, response);
      } finally {
        TenantContext.clear();
      }
    }
  }
}
