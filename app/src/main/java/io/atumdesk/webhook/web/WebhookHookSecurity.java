package io.atumdesk.webhook.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The inbound webhooks' own chain, ahead of the API's and the pages': senders prove themselves with
 * their source's signature (checked by {@code WebhookHooks}); no session, no CSRF token.
 */
@Configuration
class WebhookHookSecurity {

  @Bean
  @Order(0)
  SecurityFilterChain webhookHookChain(HttpSecurity http) throws Exception {
    return http.securityMatcher(
            WebhookHookController.HOOKS + "/**", WebhookHookController.DEPRECATED_HOOKS + "/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .build();
  }
}
