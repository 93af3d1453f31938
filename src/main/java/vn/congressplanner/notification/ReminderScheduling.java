package vn.congressplanner.notification;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lock that lets one instance at a time run the reminder jobs (ShedLock, a row per job in the
 * shared database, timed by the database's clock), and the catch-up at start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ReminderScheduling {

  private static final Logger log = LoggerFactory.getLogger(ReminderScheduling.class);

  @Bean
  LockProvider lockProvider(DataSource dataSource) {
    return new JdbcTemplateLockProvider(
        JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .usingDbTime()
            .build());
  }

  /** Days missed while the application was down are caught up once it is ready. */
  @EventListener(ApplicationReadyEvent.class)
  void catchUp(ApplicationReadyEvent event) {
    ReminderProperties settings = event.getApplicationContext().getBean(ReminderProperties.class);
    if (!settings.catchUpOnStart()) {
      return;
    }
    try {
      event.getApplicationContext().getBean(DailyReminders.class).runDue();
      event.getApplicationContext().getBean(ReminderMail.class).sendDue();
    } catch (RuntimeException e) {
      // Never stop the application for reminders: the next scheduled run catches up.
      log.warn("Reminder catch-up at start-up failed: {}", e.toString());
    }
  }
}
