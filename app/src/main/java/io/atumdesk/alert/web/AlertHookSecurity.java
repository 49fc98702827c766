package io.atumdesk.alert.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The alert webhooks' own chain, ahead of the API's: senders prove themselves with their source's
 * secret (checked by {@code AlertHooks}), so the API's personal-token check must not see them.
 */
@Configuration
class AlertHookSecurity {

  @Bean
  @Order(0)
  SecurityFilterChain alertHookChain(HttpSecurity http) throws Exception {
    return http.securityMatcher(AlertHookController.HOOKS + "/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .build();
  }
}
