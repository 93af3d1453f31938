package vn.congressplanner.system;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  /**
   * One clock in the congress time zone. When {@code planner.today} is set, the date is pinned but
   * the time of day keeps running, so that timestamps stay ordered.
   */
  @Bean
  Clock clock(PlannerProperties properties) {
    Clock system = Clock.system(properties.zone());
    if (properties.today() == null) {
      return system;
    }
    LocalDate realToday = LocalDate.now(system);
    Duration shift =
        Duration.between(
            realToday.atStartOfDay(properties.zone()),
            properties.today().atStartOfDay(properties.zone()));
    return Clock.offset(system, shift);
  }
}
