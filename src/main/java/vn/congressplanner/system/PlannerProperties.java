package vn.congressplanner.system;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Application settings under {@code planner.*}.
 *
 * @param today pins "today" for all deadline logic (e.g. the demo pins 2019-07-15); empty means the
 *     real date
 * @param zone the congress time zone
 * @param dueSoonDays how many days ahead a deadline counts as "due soon"
 * @param adminUsername first administrator created at start when no user exists
 * @param adminPassword its password (must be changed at first login)
 */
@ConfigurationProperties("planner")
public record PlannerProperties(
    LocalDate today, ZoneId zone, Integer dueSoonDays, String adminUsername, String adminPassword) {

  public PlannerProperties {
    zone = zone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : zone;
    dueSoonDays = dueSoonDays == null ? 7 : dueSoonDays;
  }
}
