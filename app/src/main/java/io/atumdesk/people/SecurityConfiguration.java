package io.atumdesk.people;

import io.atumdesk.core.ProblemWriter;
import io.atumdesk.core.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
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
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two chains. The API is stateless: HTTP Basic for people, {@code Bearer} personal tokens for
 * machines, every refusal problem+json; health and the API description are public. The pages use a
 * session from a sign-in form, CSRF tokens on every change and a strict Content Security Policy.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

  static final String CHALLENGE = "Basic realm=\"ATUM DESK\", Bearer realm=\"ATUM DESK\"";

  /**
   * No inline script or style element; style attributes stay allowed for the bpmn.io renderers. The
   * hashes are the fixed style elements the studio's editors insert: dmn-js's table editor while a
   * cell is edited, and form-js's editor (one of them empty); no other inline style is allowed.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; "
          + "style-src 'self' 'sha256-t+rZHFQIkTpJNmnX0H2lJhllZ0CjvOpjODXVA30ygdM=' "
          + "'sha256-pxuKJHE0Rg3bNH6KY4gX4JsYQ1aPJpYtM4TDf2uRfCk=' "
          + "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='; "
          + "style-src-attr 'unsafe-inline'; "
          + "img-src 'self' data:; connect-src 'self'; font-src 'self' data:; object-src 'none'; "
          + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  @Bean
  @Order(1)
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
    return http.securityMatcher(
            "/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/actuator/health/**",
                        "/actuator/info",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html")
                    .permitAll()
                    .requestMatchers("/api/v1/studio/**")
                    .hasAnyRole(Role.PROCESS_DESIGNER.name(), Role.ADMIN.name())
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
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http, ProblemWriter problems) throws Exception {
    // Scripts (live updates) hear 401 instead of being sent to the sign-in page.
    AuthenticationEntryPoint scriptsSignInFirst =
        (request, response, e) ->
            problems.write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", "Sign in first.");
    return http.exceptionHandling(
            ex ->
                ex.defaultAuthenticationEntryPointFor(
                    scriptsSignInFirst, request -> request.getServletPath().startsWith("/live/")))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/assets/**", "/login", "/error", "/favicon.ico", "/favicon.svg")
                    .permitAll()
                    // A mailed approval link: its one-time token is the credential.
                    .requestMatchers("/approvals/**")
                    .permitAll()
                    .requestMatchers("/portal/**")
                    .hasRole(Role.CUSTOMER.name())
                    .requestMatchers("/admin/**")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers("/studio/**")
                    .hasAnyRole(Role.PROCESS_DESIGNER.name(), Role.ADMIN.name())
                    .requestMatchers("/cab/**")
                    .hasAnyRole(Role.CAB_MEMBER.name(), Role.ADMIN.name())
                    .requestMatchers("/changes/**")
                    .hasAnyRole(Role.AGENT.name(), Role.CAB_MEMBER.name(), Role.ADMIN.name())
                    .requestMatchers("/", "/live/**", "/me/**")
                    .authenticated()
                    .anyRequest()
                    .hasAnyRole(Role.AGENT.name(), Role.ADMIN.name()))
        .formLogin(
            login ->
                login.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?failed"))
        .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
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
