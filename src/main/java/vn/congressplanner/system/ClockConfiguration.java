package vn.congressplanner.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  /**
   * One clock in the congress time zone. When {@code planner.today} is set, the date is pinned: the
   * time of day keeps running (so that timestamps stay ordered) but never past the end of the
   * pinned day, so that a run that crosses midnight still sees the same "today".
   */
  @Bean
  Clock clock(PlannerProperties properties) {
    Clock system = Clock.system(properties.zone());
    if (properties.today() == null) {
      return system;
    }
    return new PinnedDayClock(system, properties.today());
  }

  static final class PinnedDayClock extends Clock {

    private final Clock system;
    private final Duration shift;
    private final Instant lastInstantOfDay;

    PinnedDayClock(Clock system, LocalDate day) {
      this.system = system;
      ZoneId zone = system.getZone();
      this.shift =
          Duration.between(LocalDate.now(system).atStartOfDay(zone), day.atStartOfDay(zone));
      this.lastInstantOfDay = day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
    }

    @Override
    public Instant instant() {
      Instant shifted = system.instant().plus(shift);
      return shifted.isAfter(lastInstantOfDay) ? lastInstantOfDay : shifted;
    }

    @Override
    public ZoneId getZone() {
      return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return system.getZone().equals(zone) ? this : Clock.fixed(instant(), zone);
    }
  }
}
