package vn.congressplanner.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the application at this run's PostgreSQL database. The property {@code
 * planner.test.database} (default "shared") names the database, so that a test class that needs an
 * isolated data set can ask for its own with {@code @TestPropertySource}.
 */
public class PostgresInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    if (TestDatabase.unavailableReason() != null) {
      return; // the RequiresPostgres condition skips or fails the test with the reason
    }
    String purpose = context.getEnvironment().getProperty("planner.test.database", "shared");
    TestPropertyValues.of(
            "spring.datasource.url=" + TestDatabase.database(purpose),
            "spring.datasource.username=" + TestDatabase.user(),
            "spring.datasource.password=" + TestDatabase.password(),
            "spring.datasource.hikari.maximum-pool-size=5")
        .applyTo(context);
  }
}
