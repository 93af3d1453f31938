package vn.congressplanner.notification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.congressplanner.support.IntegrationTest;

/**
 * The notification tests' application: PostgreSQL database of their own (demo data plus each test's
 * departments, users and tasks) and e-mail through the in-JVM SMTP server of {@link
 * NotificationFixture#smtp()}. One context for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// Closed after the class: the shared PostgreSQL has 100 connections, each cached context holds 5.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@IntegrationTest
@TestPropertySource(
    properties = {
      "planner.test.database=notification",
      "spring.mail.host=127.0.0.1",
      "spring.mail.port=" + NotificationFixture.SMTP_PORT,
      "planner.reminders.base-url=https://kehoach.example.vn"
    })
@interface NotificationTest {}
