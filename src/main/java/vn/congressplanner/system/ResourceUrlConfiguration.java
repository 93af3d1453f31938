package vn.congressplanner.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Turns off Boot's {@link ResourceUrlEncodingFilter} (auto-configured because webjars-locator-lite
 * enables the resource chain). It rewrites every {@code @{...}} link of every page through the
 * resource resolvers, which probe each static location inside the packaged jar even for "/tasks/12"
 * — measured at about half a millisecond of CPU per link (a fifth of the dashboard's CPU). We use
 * no versioned resource URLs, and version-less webjar paths still resolve when requested.
 */
@Configuration(proxyBeanMethods = false)
class ResourceUrlConfiguration {

  /** Present but disabled: Boot backs off ({@code @ConditionalOnMissingFilterBean}). */
  @Bean
  FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
    FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
        new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    registration.setEnabled(false);
    return registration;
  }
}
