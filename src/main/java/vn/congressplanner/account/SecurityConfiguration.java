package vn.congressplanner.account;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import vn.congressplanner.system.BrowserRedirect;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /** No inline script anywhere: scripts come from our own origin only. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
          + "form-action 'self'; frame-ancestors 'none'";

  /**
   * Static assets: public, and served without looking at the session (no database round trip per
   * stylesheet, even with a session cookie), the security context or a CSRF token. The cache
   * headers come from {@code system.Assets}; the other security headers are the pages' own.
   */
  @Bean
  @Order(0)
  SecurityFilterChain staticAssets(HttpSecurity http) throws Exception {
    http.securityMatcher("/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico")
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .securityContext(
            context -> context.securityContextRepository(new NullSecurityContextRepository()))
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .csrf(csrf -> csrf.disable())
        .anonymous(anonymous -> anonymous.disable())
        .headers(
            headers ->
                headers
                    .cacheControl(cache -> cache.disable())
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(frame -> frame.deny()));
    return http.build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle)
      throws Exception {
    LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/login");
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/login",
                        "/webjars/**",
                        "/css/**",
                        "/js/**",
                        "/favicon.ico",
                        "/actuator/health",
                        "/actuator/health/**",
                        "/error")
                    .permitAll()
                    // The calendar feed: no session, the secret token in the path is the key.
                    .requestMatchers(HttpMethod.GET, "/calendar/*")
                    .permitAll()
                    .requestMatchers("/admin/**")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers(HttpMethod.GET, "/api/**")
                    .authenticated()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/dashboard", true)
                    .failureHandler(new KeepUsernameOnFailure("/login?error"))
                    .permitAll())
        // Other systems call the read-only API with the same accounts. Only there: on a page,
        // Basic credentials are ignored (a browser's saved Basic login would skip the form, its
        // lockout message and its CSRF-protected session; issue 11 §6).
        .httpBasic(
            basic ->
                basic.withObjectPostProcessor(
                    new ObjectPostProcessor<BasicAuthenticationFilter>() {
                      @Override
                      public <O extends BasicAuthenticationFilter> O postProcess(O filter) {
                        BasicAuthenticationConverter credentials =
                            new BasicAuthenticationConverter(new WebAuthenticationDetailsSource());
                        filter.setAuthenticationConverter(
                            request ->
                                BrowserRedirect.isApi(request)
                                    ? credentials.convert(request)
                                    : null);
                        return filter;
                      }
                    }))
        .logout(
            logout ->
                logout
                    .logoutUrl("/logout")
                    .logoutSuccessUrl("/login?logout")
                    .invalidateHttpSession(true)
                    .clearAuthentication(true)
                    .deleteCookies("SESSION", "JSESSIONID"))
        .sessionManagement(session -> session.sessionFixation(fix -> fix.changeSessionId()))
        .exceptionHandling(
            handling ->
                handling.authenticationEntryPoint(
                    (request, response, exception) -> {
                      if (BrowserRedirect.isApi(request)) {
                        response.setHeader("WWW-Authenticate", "Basic realm=\"congress-planner\"");
                        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                      } else if (BrowserRedirect.isHtmx(request)) {
                        // An expired session must reload the page, not swap a login form into a
                        // table.
                        BrowserRedirect.send(
                            request, response, "/login", HttpServletResponse.SC_UNAUTHORIZED);
                      } else {
                        toLogin.commence(request, response, exception);
                      }
                    }))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .frameOptions(frame -> frame.deny()))
        .addFilterBefore(
            new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
        .addFilterAfter(new ForcePasswordChangeFilter(), AuthorizationFilter.class);
    return http.build();
  }
}
