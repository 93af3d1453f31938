package vn.congressplanner.system;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The beans the templates call by name ({@code @fmt}, {@code @today}, {@code @pageLinks}). */
@TestConfiguration(proxyBeanMethods = false)
@Import(ClockConfiguration.class)
@EnableConfigurationProperties(PlannerProperties.class)
class WebSliceConfiguration {

  @Bean("fmt")
  Formats fmt(PlannerProperties properties) {
    return new Formats(properties);
  }

  @Bean("today")
  Today today(Clock clock, PlannerProperties properties) {
    return new Today(clock, properties);
  }

  @Bean("pageLinks")
  PageLinks pageLinks() {
    return new PageLinks();
  }
}
