package vn.congressplanner.notification;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.congressplanner.notification.internal.MailOutbox;
import vn.congressplanner.notification.internal.MailOutbox.Mail;

/**
 * Sends the outbox through the SMTP server of {@code spring.mail.*}. Without {@code
 * spring.mail.host} (the embedded default) Spring Boot makes no mail sender and each mail is only
 * logged. A failed mail is tried again later, after 1, 2, 4 … minutes (at most 6 hours), up to
 * {@code planner.reminders.max-attempts} times; a failure never reaches the daily run or a user.
 */
@Service
public class ReminderMail {

  private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);
  private static final int BATCH = 200;

  private final MailOutbox outbox;
  private final ObjectProvider<JavaMailSender> sender;
  private final ReminderProperties settings;
  private final Clock clock;

  ReminderMail(
      MailOutbox outbox,
      ObjectProvider<JavaMailSender> sender,
      ReminderProperties settings,
      Clock clock) {
    this.outbox = outbox;
    this.sender = sender;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * @return how many mails went out (or were logged); {@code null} when another instance holds the
   *     lock
   */
  @Scheduled(cron = "${planner.reminders.mail-cron:0 * * * * *}", zone = "${planner.zone}")
  @SchedulerLock(name = "reminder-mail", lockAtMostFor = "PT10M")
  public Integer sendDue() {
    int sent = 0;
    Instant now = clock.instant();
    for (Mail mail : outbox.due(now, settings.maxAttempts(), BATCH)) {
      if (!outbox.claim(mail.id(), now, now.plus(Duration.ofMinutes(10)))) {
        continue; // another sender has it
      }
      try {
        send(mail);
        outbox.sent(mail.id(), clock.instant());
        sent++;
      } catch (Exception e) {
        int attempts = mail.attempts() + 1;
        long minutes = Math.min(360, 1L << Math.min(attempts - 1, 9));
        outbox.failed(mail.id(), attempts, now.plus(Duration.ofMinutes(minutes)), e.toString());
        log.warn(
            "E-mail {} to {} not sent (attempt {}): {}",
            mail.id(),
            mail.recipient(),
            attempts,
            e.toString());
      }
    }
    return sent;
  }

  private void send(Mail mail) throws Exception {
    JavaMailSender smtp = sender.getIfAvailable();
    if (smtp == null) {
      log.info(
          "No SMTP server configured (spring.mail.host): e-mail to {} «{}» only logged",
          mail.recipient(),
          mail.subject());
      return;
    }
    MimeMessage message = smtp.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
    helper.setFrom(settings.mailFrom());
    helper.setTo(mail.recipient());
    helper.setSubject(mail.subject());
    helper.setText(mail.text(), mail.html());
    smtp.send(message);
  }
}
