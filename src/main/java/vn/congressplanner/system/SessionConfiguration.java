package vn.congressplanner.system;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Spring Session JDBC decides between INSERT and UPDATE of an attribute from the copy of the
 * session that each request loaded. The first requests of a new session, sent together (restored
 * tabs, htmx calls, scripts), all load it without the CSRF token, all add one, and all but the
 * first INSERT failed on the attributes' primary key: 500s, truncated pages (issue 11 §1).
 *
 * <p>The cause is the non-idempotent write, so the fix is there: the attribute write becomes an
 * upsert (PostgreSQL's {@code INSERT … ON CONFLICT DO UPDATE}, Spring Session's own customizer;
 * H2's {@code MERGE … KEY}). The last write of a session's attribute wins, as it would for requests
 * that came one after another. Not chosen: a filter that creates the token at login (any other
 * attribute added later races the same way) or a retry (hides the race, doubles the work).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

  static final String H2_UPSERT =
      "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) "
          + "KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> idempotentAttributeWrites(
      DataSource dataSource) {
    boolean postgres = isPostgres(dataSource);
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresUpsert =
        new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    return repository -> {
      if (postgres) {
        postgresUpsert.customize(repository);
      } else {
        repository.setCreateSessionAttributeQuery(H2_UPSERT);
      }
    };
  }

  private static boolean isPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell which database stores the sessions", e);
    }
  }
}
