package vn.congressplanner.notification.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** E-mails waiting to be sent, with their attempts. */
@Repository
public class MailOutbox {

  public record Mail(
      long id, String recipient, String subject, String text, String html, int attempts) {}

  private final JdbcClient jdbc;

  MailOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void enqueue(
      Long notificationId,
      String recipient,
      String subject,
      String text,
      String html,
      Instant now) {
    jdbc.sql(
            "insert into mail_outbox (notification_id, recipient, subject, text_body, html_body,"
                + " created_at, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            notificationId,
            recipient,
            subject,
            text,
            html,
            NotificationStore.utc(now),
            NotificationStore.utc(now))
        .update();
  }

  /** Unsent mails whose next attempt is due, oldest first. */
  public List<Mail> due(Instant now, int maxAttempts, int limit) {
    return jdbc.sql(
            "select id, recipient, subject, text_body, html_body, attempts from mail_outbox"
                + " where sent_at is null and attempts < ? and next_attempt_at <= ?"
                + " and (claimed_until is null or claimed_until < ?) order by id limit ?")
        .params(maxAttempts, NotificationStore.utc(now), NotificationStore.utc(now), limit)
        .query(
            (rs, i) ->
                new Mail(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getInt(6)))
        .list();
  }

  /**
   * Claims a mail for this sender until {@code until}: the update succeeds for one sender only, so
   * that two instances sending at once never send the same mail twice.
   */
  public boolean claim(long id, Instant now, Instant until) {
    return jdbc.sql(
                "update mail_outbox set claimed_until = ? where id = ? and sent_at is null"
                    + " and (claimed_until is null or claimed_until < ?)")
            .params(NotificationStore.utc(until), id, NotificationStore.utc(now))
            .update()
        == 1;
  }

  public void sent(long id, Instant now) {
    jdbc.sql("update mail_outbox set sent_at = ?, claimed_until = null where id = ?")
        .params(NotificationStore.utc(now), id)
        .update();
  }

  public void failed(long id, int attempts, Instant nextAttempt, String error) {
    jdbc.sql(
            "update mail_outbox set attempts = ?, next_attempt_at = ?, last_error = ?,"
                + " claimed_until = null where id = ?")
        .params(
            attempts,
            NotificationStore.utc(nextAttempt),
            error == null ? null : error.substring(0, Math.min(1000, error.length())),
            id)
        .update();
  }

  public long pending() {
    return jdbc.sql("select count(*) from mail_outbox where sent_at is null")
        .query(Long.class)
        .single();
  }
}
