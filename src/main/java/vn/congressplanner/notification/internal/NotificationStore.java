package vn.congressplanner.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Notifications, completed reminder days and chases, in plain SQL both databases run. */
@Repository
public class NotificationStore {

  /** Separates message arguments in one column (a character no user types). */
  static final String SEPARATOR = "\u001F";

  public record NewNotification(
      long recipientId,
      String kind,
      String subjectType,
      long subjectId,
      LocalDate day,
      long occurrence,
      String messageKey,
      List<String> arguments) {}

  public record Row(
      long id,
      long recipientId,
      String kind,
      String subjectType,
      long subjectId,
      LocalDate day,
      String messageKey,
      List<String> arguments,
      Instant createdAt,
      Instant readAt) {

    public boolean unread() {
      return readAt == null;
    }
  }

  private final JdbcClient jdbc;

  NotificationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /**
   * Inserts the notification unless the same one (subject, recipient, kind, day, occurrence) is
   * already there; the database's unique key decides, so that two runs at once, on one instance or
   * several, still store it once.
   *
   * @return the new row's id, or empty when it existed already
   */
  public Optional<Long> insertIfAbsent(NewNotification n, Instant now) {
    int inserted =
        jdbc.sql(
                "insert into notification (recipient_id, kind, subject_type, subject_id,"
                    + " reminder_day, occurrence, message_key, arguments, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
            .params(
                n.recipientId(),
                n.kind(),
                n.subjectType(),
                n.subjectId(),
                n.day(),
                n.occurrence(),
                n.messageKey(),
                String.join(SEPARATOR, n.arguments()),
                utc(now))
            .update();
    if (inserted == 0) {
      return Optional.empty();
    }
    return jdbc.sql(
            "select id from notification where subject_type = ? and subject_id = ?"
                + " and recipient_id = ? and kind = ? and reminder_day = ? and occurrence = ?")
        .params(n.subjectType(), n.subjectId(), n.recipientId(), n.kind(), n.day(), n.occurrence())
        .query(Long.class)
        .optional();
  }

  public List<Row> page(long recipientId, int offset, int limit) {
    return jdbc.sql(
            "select * from notification where recipient_id = ?"
                + " order by created_at desc, id desc limit ? offset ?")
        .params(recipientId, limit, offset)
        .query(NotificationStore::row)
        .list();
  }

  public long count(long recipientId) {
    return jdbc.sql("select count(*) from notification where recipient_id = ?")
        .param(recipientId)
        .query(Long.class)
        .single();
  }

  public long unread(long recipientId) {
    return jdbc.sql("select count(*) from notification where recipient_id = ? and read_at is null")
        .param(recipientId)
        .query(Long.class)
        .single();
  }

  public Optional<Row> find(long id) {
    return jdbc.sql("select * from notification where id = ?")
        .param(id)
        .query(NotificationStore::row)
        .optional();
  }

  /** Marks one of the recipient's notifications read; 0 when it is not theirs. */
  public int markRead(long id, long recipientId, Instant now) {
    return jdbc.sql(
            "update notification set read_at = coalesce(read_at, ?)"
                + " where id = ? and recipient_id = ?")
        .params(utc(now), id, recipientId)
        .update();
  }

  public int markAllRead(long recipientId, Instant now) {
    return jdbc.sql(
            "update notification set read_at = ? where recipient_id = ? and read_at is null")
        .params(utc(now), recipientId)
        .update();
  }

  // ------------------------------------------------------------ the daily run's days

  public Optional<LocalDate> lastCompletedDay() {
    return jdbc.sql("select max(run_day) from reminder_run")
        .query((rs, i) -> rs.getObject(1, LocalDate.class))
        .optional();
  }

  public boolean completed(LocalDate day) {
    return jdbc.sql("select count(*) from reminder_run where run_day = ?")
            .param(day)
            .query(Long.class)
            .single()
        > 0;
  }

  public void markCompleted(LocalDate day, Instant now) {
    jdbc.sql(
            "insert into reminder_run (run_day, completed_at) values (?, ?) on conflict do nothing")
        .params(day, utc(now))
        .update();
  }

  // ------------------------------------------------------------ chases

  public long insertChase(long taskId, String actor, String message, Instant now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into chase (task_id, actor, message, created_at) values (?, ?, ?, ?)")
        .params(taskId, actor, message, utc(now))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public long chases(long taskId) {
    return jdbc.sql("select count(*) from chase where task_id = ?")
        .param(taskId)
        .query(Long.class)
        .single();
  }

  private static Row row(ResultSet rs, int i) throws SQLException {
    String args = rs.getString("arguments");
    return new Row(
        rs.getLong("id"),
        rs.getLong("recipient_id"),
        rs.getString("kind"),
        rs.getString("subject_type"),
        rs.getLong("subject_id"),
        rs.getObject("reminder_day", LocalDate.class),
        rs.getString("message_key"),
        args == null || args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1)),
        instant(rs, "created_at"),
        instant(rs, "read_at"));
  }
}
