package io.atumdesk.channel.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The messaging webhooks' own chain, ahead of the API's: providers prove themselves with their
 * account's secret (checked by the channel's hook), so the API's sign-in must not see them.
 */
@Configuration
class MessagingHookSecurity {

  @Bean
  @Order(0)
  SecurityFilterChain messagingHookChain(HttpSecurity http) throws Exception {
    return http.securityMatcher(
            MessagingHookController.HOOKS + "/sms/**",
            MessagingHookController.HOOKS + "/slack/**",
            MessagingHookController.HOOKS + "/teams/**",
            MessagingHookController.HOOKS + "/telegram/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .build();
  }
}
