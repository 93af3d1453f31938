package vn.congressplanner.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of its own for a test that restarts the database: made with {@code initdb}
 * in a temporary directory, run as the {@code postgres} system user on a free port of 127.0.0.1,
 * and thrown away afterwards (also when the JVM stops early). The machine's main cluster, which
 * other tests and people use, is never touched.
 *
 * <p>Needs root (to run the server as {@code postgres} with {@code runuser}) and PostgreSQL's
 * server binaries; {@link #unavailableReason()} says what is missing.
 */
final class ThrowawayPostgres implements AutoCloseable {

  static final String USER = "planner";
  static final String PASSWORD = "planner";
  static final String DATABASE = "planner";

  private final Path bin;
  private final Path dir;
  private final Path data;
  private final Path log;
  private final int port;
  private final Thread cleanup = new Thread(this::destroy);

  private ThrowawayPostgres(Path bin, Path dir, int port) {
    this.bin = bin;
    this.dir = dir;
    this.data = dir.resolve("data");
    this.log = dir.resolve("server.log");
    this.port = port;
  }

  /** Why no cluster can be made here, or {@code null} when it can. */
  static String unavailableReason() {
    if (!"root".equals(System.getProperty("user.name"))) {
      return "not running as root (needed to run a PostgreSQL server as user postgres)";
    }
    if (!Files.isExecutable(Path.of("/usr/sbin/runuser"))
        && !Files.isExecutable(Path.of("/sbin/runuser"))) {
      return "runuser not found";
    }
    if (serverBinaries() == null) {
      return "no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin";
    }
    return null;
  }

  /** The newest {@code /usr/lib/postgresql/N/bin} with initdb and pg_ctl, or null. */
  static Path serverBinaries() {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return null;
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.comparing(b -> versionOf(b.getParent())))
          .orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  private static int versionOf(Path dir) {
    try {
      return Integer.parseInt(dir.getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** initdb, start, and a database {@value #DATABASE} owned by {@value #USER}. */
  static ThrowawayPostgres start() throws IOException {
    Path bin = serverBinaries();
    Path dir = Files.createTempDirectory(Path.of("/tmp"), "planner-pg-");
    ThrowawayPostgres pg = new ThrowawayPostgres(bin, dir, freePort());
    Runtime.getRuntime().addShutdownHook(pg.cleanup);
    try {
      Path pwfile = dir.resolve("pwfile");
      Files.writeString(pwfile, PASSWORD + "\n", StandardCharsets.UTF_8);
      run(Duration.ofSeconds(10), "chown", "-R", "postgres:postgres", dir.toString());
      // The cluster's superuser is "planner" (password auth on TCP); it owns the test database.
      pg.asPostgres(
          Duration.ofSeconds(90),
          bin.resolve("initdb").toString(),
          "-D",
          pg.data.toString(),
          "-U",
          USER,
          "--pwfile=" + pwfile,
          "-A",
          "scram-sha-256",
          "-E",
          "UTF8",
          "--locale=C.UTF-8",
          "--no-sync");
      pg.startServer();
      try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres", ""), USER, PASSWORD);
          Statement s = c.createStatement()) {
        s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
      }
      return pg;
    } catch (IOException | SQLException | RuntimeException e) {
      pg.close();
      throw new IOException("Cannot make a throwaway PostgreSQL cluster: " + e.getMessage(), e);
    }
  }

  int port() {
    return port;
  }

  /** A JDBC URL of this cluster with extra parameters (after {@code ?}, may be empty). */
  String jdbcUrl(String database, String parameters) {
    return "jdbc:postgresql://127.0.0.1:"
        + port
        + "/"
        + database
        + (parameters.isEmpty() ? "" : "?" + parameters);
  }

  private void startServer() throws IOException {
    asPostgres(
        Duration.ofSeconds(60),
        bin.resolve("pg_ctl").toString(),
        "-D",
        data.toString(),
        "-l",
        log.toString(),
        "-w",
        "-t",
        "50",
        "-o",
        serverOptions(),
        "start");
  }

  private String serverOptions() {
    // Small and local: its own port and socket directory, few connections, little memory.
    return "-p "
        + port
        + " -k "
        + dir
        + " -c listen_addresses=127.0.0.1 -c max_connections=40 -c shared_buffers=32MB"
        + " -c fsync=on -c synchronous_commit=on";
  }

  /**
   * {@code pg_ctl restart -m immediate}: every server process is killed without a shutdown
   * checkpoint (as a crash would), then the server starts again and replays its WAL. Returns when
   * the server accepts connections again.
   */
  Duration restartImmediate() throws IOException {
    long start = System.nanoTime();
    asPostgres(
        Duration.ofSeconds(60),
        bin.resolve("pg_ctl").toString(),
        "-D",
        data.toString(),
        "-l",
        log.toString(),
        "-m",
        "immediate",
        "-w",
        "-t",
        "50",
        "-o",
        serverOptions(),
        "restart");
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** The server's log (to explain a failure). */
  String serverLog() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no server log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    destroy();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // the JVM is stopping: the hook runs (or ran) destroy itself
    }
  }

  private synchronized void destroy() {
    if (!Files.exists(dir)) {
      return;
    }
    if (Files.exists(data.resolve("postmaster.pid"))) {
      try {
        asPostgres(
            Duration.ofSeconds(30),
            bin.resolve("pg_ctl").toString(),
            "-D",
            data.toString(),
            "-m",
            "immediate",
            "-w",
            "stop");
      } catch (IOException | RuntimeException e) {
        System.err.println("Could not stop the throwaway PostgreSQL in " + dir + ": " + e);
      }
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("Could not delete " + dir + ": " + e);
    }
  }

  private void asPostgres(Duration timeout, String... command) throws IOException {
    List<String> all = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
    all.addAll(List.of(command));
    run(timeout, all.toArray(String[]::new));
  }

  private static void run(Duration timeout, String... command) throws IOException {
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    try {
      // pg_ctl start leaves the server holding no pipe of ours (its output goes to -l).
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(String.join(" ", command) + ": no answer in " + timeout);
      }
      if (process.exitValue() != 0) {
        throw new IOException(
            String.join(" ", command)
                + " exited with "
                + process.exitValue()
                + ": "
                + new String(output, StandardCharsets.UTF_8).strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException("interrupted: " + String.join(" ", command), e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
