package vn.congressplanner.system;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** "Today" for deadline logic, read from the injected {@link Clock}. */
@Component
public class Today {

  private final Clock clock;
  private final PlannerProperties properties;

  public Today(Clock clock, PlannerProperties properties) {
    this.clock = clock;
    this.properties = properties;
  }

  public LocalDate date() {
    return LocalDate.now(clock);
  }

  /** Whether "today" is pinned by configuration (the UI says so discreetly). */
  public boolean pinned() {
    return properties.today() != null;
  }

  public int dueSoonDays() {
    return properties.dueSoonDays();
  }
}
