package vn.congressplanner.notification.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** E-mail preferences and calendar feed tokens, one row a user each. */
@Repository
public class AccountExtras {

  public record Preference(String email, boolean emailEnabled) {

    public static final Preference NONE = new Preference(null, true);

    /** Where e-mail goes, or empty when the user has no address or turned e-mail off. */
    public Optional<String> mailTo() {
      return emailEnabled && email != null ? Optional.of(email) : Optional.empty();
    }
  }

  private final JdbcClient jdbc;

  AccountExtras(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Preference preference(long userId) {
    return jdbc.sql("select email, email_enabled from notification_preference where user_id = ?")
        .param(userId)
        .query((rs, i) -> new Preference(rs.getString(1), rs.getBoolean(2)))
        .optional()
        .orElse(Preference.NONE);
  }

  public void savePreference(long userId, Preference p, Instant now) {
    int updated =
        jdbc.sql(
                "update notification_preference set email = ?, email_enabled = ?, updated_at = ?"
                    + " where user_id = ?")
            .params(p.email(), p.emailEnabled(), NotificationStore.utc(now), userId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into notification_preference (user_id, email, email_enabled, updated_at)"
                  + " values (?, ?, ?, ?)")
          .params(userId, p.email(), p.emailEnabled(), NotificationStore.utc(now))
          .update();
    }
  }

  public Optional<Instant> calendarCreatedAt(long userId) {
    return jdbc.sql("select created_at from calendar_token where user_id = ?")
        .param(userId)
        .query((rs, i) -> NotificationStore.instant(rs, "created_at"))
        .optional();
  }

  /** Stores the hash of a new token for the user, replacing the old one (renewal). */
  public void saveCalendarToken(long userId, String tokenHash, Instant now) {
    deleteCalendarToken(userId);
    jdbc.sql("insert into calendar_token (user_id, token_hash, created_at) values (?, ?, ?)")
        .params(userId, tokenHash, NotificationStore.utc(now))
        .update();
  }

  public int deleteCalendarToken(long userId) {
    return jdbc.sql("delete from calendar_token where user_id = ?").param(userId).update();
  }

  public Optional<Long> calendarUser(String tokenHash) {
    return jdbc.sql("select user_id from calendar_token where token_hash = ?")
        .param(tokenHash)
        .query(Long.class)
        .optional();
  }
}
