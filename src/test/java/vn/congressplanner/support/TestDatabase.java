package vn.congressplanner.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real PostgreSQL for tests: each test run creates its own databases (so that parallel runs never
 * meet) and drops them when the JVM exits. Connection settings come from the environment: {@code
 * PLANNER_TEST_DB_HOST} (127.0.0.1), {@code PLANNER_TEST_DB_PORT} (5432), {@code
 * PLANNER_TEST_DB_USER} (planner), {@code PLANNER_TEST_DB_PASSWORD} (planner), {@code
 * PLANNER_TEST_DB_ADMIN_DB} (the database to connect to for CREATE DATABASE; planner_test).
 */
public final class TestDatabase {

  private static final String RUN_ID =
      Long.toString(ProcessHandle.current().pid()) + "_" + (System.currentTimeMillis() % 100000);
  private static final Map<String, String> CREATED = new ConcurrentHashMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropAll));
  }

  private TestDatabase() {}

  public static String host() {
    return env("PLANNER_TEST_DB_HOST", "127.0.0.1");
  }

  public static String port() {
    return env("PLANNER_TEST_DB_PORT", "5432");
  }

  public static String user() {
    return env("PLANNER_TEST_DB_USER", "planner");
  }

  public static String password() {
    return env("PLANNER_TEST_DB_PASSWORD", "planner");
  }

  static String adminUrl() {
    return jdbcUrl(env("PLANNER_TEST_DB_ADMIN_DB", "planner_test"));
  }

  public static String jdbcUrl(String database) {
    return "jdbc:postgresql://" + host() + ":" + port() + "/" + database + "?socketTimeout=120";
  }

  /** Why PostgreSQL cannot be used, or {@code null} when it can. */
  public static String unavailableReason() {
    try (Connection c = DriverManager.getConnection(adminUrl(), user(), password())) {
      return null;
    } catch (SQLException e) {
      return "PostgreSQL test database unreachable at "
          + adminUrl()
          + " as "
          + user()
          + ": "
          + e.getMessage()
          + " (run .ci/run, or create the role and database it creates)";
    }
  }

  /** The JDBC URL of this run's database named {@code purpose}, created on first use. */
  public static synchronized String database(String purpose) {
    return CREATED.computeIfAbsent(purpose, p -> create("planner_t_" + RUN_ID + "_" + p));
  }

  private static String create(String name) {
    try (Connection c = DriverManager.getConnection(adminUrl(), user(), password());
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name);
      s.execute("create database " + name + " encoding 'UTF8' template template0");
      return jdbcUrl(name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create test database " + name, e);
    }
  }

  private static void dropAll() {
    for (String url : CREATED.values()) {
      String name = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
      try (Connection c = DriverManager.getConnection(adminUrl(), user(), password());
          Statement s = c.createStatement()) {
        s.execute("drop database if exists " + name + " with (force)");
      } catch (SQLException e) {
        System.err.println("Could not drop test database " + name + ": " + e.getMessage());
      }
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
