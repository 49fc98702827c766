package io.atumdesk.people;

import io.atumdesk.core.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The API is stateless: HTTP Basic for people, {@code Bearer} personal tokens for machines. Every
 * refusal is problem+json; health and the API description are public.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

  static final String CHALLENGE = "Basic realm=\"ATUM DESK\", Bearer realm=\"ATUM DESK\"";

  @Bean
  SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, ProblemWriter problems)
      throws Exception {
    AuthenticationEntryPoint unauthenticated =
        (request, response, e) -> {
          response.setHeader("WWW-Authenticate", CHALLENGE);
          problems.write(
              response,
              HttpStatus.UNAUTHORIZED,
              "Unauthorized",
              "Sign in with HTTP Basic or send a personal API token as 'Authorization: Bearer'.");
        };
    AccessDeniedHandler denied =
        (request, response, e) ->
            problems.write(
                response,
                HttpStatus.FORBIDDEN,
                "Forbidden",
                "Your role does not allow this action.");
    return http.csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/actuator/health/**",
                        "/actuator/info",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html",
                        "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated).realmName("ATUM DESK"))
        .exceptionHandling(
            ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
        .addFilterBefore(
            new BearerTokenAuthentication(tokens, unauthenticated), BasicAuthenticationFilter.class)
        .addFilterAfter(new TenantBinding(), AuthorizationFilter.class)
        .build();
  }

  @Bean
  UserDetailsService userDetailsService(UserAccounts accounts) {
    return username ->
        accounts
            .findByUsername(username)
            .map(SignedInUser::new)
            .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
