package vn.congressplanner.notification;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code planner.reminders.*}.
 *
 * @param dueSoonDays days before a deadline when the departments are reminded (default 7, 3, 1)
 * @param escalateAfterDays days overdue from which the leaders are reminded too (default 7)
 * @param repeatOverdueDays the overdue reminder repeats this often (default weekly)
 * @param cron when the daily run starts, in {@code planner.zone} (default 07:00)
 * @param catchUpOnStart whether missed days are caught up at start-up
 * @param maxCatchUpDays how far back a catch-up goes at most
 * @param baseUrl the application's address, for links in e-mails and the calendar feed
 * @param mailFrom the sender of reminder e-mails
 * @param pollInterval how often the header's counter refreshes
 * @param mailEvery how often the outbox is sent
 * @param maxAttempts after this many failed attempts an e-mail is given up
 */
@ConfigurationProperties("planner.reminders")
public record ReminderProperties(
    List<Integer> dueSoonDays,
    Integer escalateAfterDays,
    Integer repeatOverdueDays,
    String cron,
    Boolean catchUpOnStart,
    Integer maxCatchUpDays,
    String baseUrl,
    String mailFrom,
    Duration pollInterval,
    Duration mailEvery,
    Integer maxAttempts) {

  public ReminderProperties {
    dueSoonDays = dueSoonDays == null || dueSoonDays.isEmpty() ? List.of(7, 3, 1) : dueSoonDays;
    escalateAfterDays = escalateAfterDays == null ? 7 : escalateAfterDays;
    repeatOverdueDays = repeatOverdueDays == null ? 7 : Math.max(1, repeatOverdueDays);
    cron = cron == null ? "0 0 7 * * *" : cron;
    catchUpOnStart = catchUpOnStart == null || catchUpOnStart;
    maxCatchUpDays = maxCatchUpDays == null ? 31 : maxCatchUpDays;
    baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
    mailFrom = mailFrom == null ? "nhacviec@congressplanner.local" : mailFrom;
    pollInterval = pollInterval == null ? Duration.ofSeconds(60) : pollInterval;
    mailEvery = mailEvery == null ? Duration.ofMinutes(1) : mailEvery;
    maxAttempts = maxAttempts == null ? 10 : maxAttempts;
  }

  /** The defaults (tests and rules without a Spring context). */
  public static ReminderProperties defaults() {
    return new ReminderProperties(null, null, null, null, null, null, null, null, null, null, null);
  }
}
