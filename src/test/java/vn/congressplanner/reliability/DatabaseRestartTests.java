package vn.congressplanner.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.congressplanner.support.WebClient;

/**
 * Issue 11, suite (a): PostgreSQL killed and started again ({@code pg_ctl restart -m immediate}, no
 * shutdown checkpoint, crash recovery from the WAL) while writers create tasks and report progress
 * and a reader reads the dashboard. Every write the application acknowledged (a redirect to the
 * task) is looked up in the database afterwards: none may be missing. Prints the errors during the
 * outage and the seconds until writes are acknowledged again, without restarting the application.
 *
 * <p>The database is a {@link ThrowawayPostgres} cluster of this test's own, so that killing it
 * harms nobody; the application is one {@link Instance} with the production settings of the {@code
 * postgres} profile (pool, timeouts). Bounded: a few seconds of load before and after the restart,
 * at most {@link #MAX_ATTEMPTS} requests per thread. Skipped with {@code
 * -Dplanner.faults.skip=true}; skipped with a message when no cluster can be made here, failed then
 * when {@code REQUIRE_POSTGRES=true}.
 */
@ExtendWith(RequiresThrowawayPostgres.class)
@DisabledIfSystemProperty(named = "planner.faults.skip", matches = "true")
class DatabaseRestartTests {

  static final Duration LOAD_BEFORE = Duration.ofSeconds(3);
  static final Duration LOAD_AFTER = Duration.ofSeconds(3);
  static final Duration MAX_OUTAGE = Duration.ofSeconds(30);
  static final int MAX_ATTEMPTS = 3000;

  static final Pattern TASK_LOCATION = Pattern.compile("/tasks/(\\d+)$");

  /** One request of a writer or the reader, with its times in nanoseconds. */
  record Attempt(
      String kind, long startNanos, long endNanos, int status, boolean trace, String key) {

    /** A write redirected to its task, a read answered 200. */
    boolean acknowledged() {
      return key != null;
    }
  }

  @Test
  void noAcknowledgedWriteIsLostAcrossAnImmediateRestart() throws Exception {
    try (ThrowawayPostgres pg = ThrowawayPostgres.start();
        Instance app =
            Instance.start(
                List.of("postgres", "demo", "test"),
                Map.of(
                    "spring.datasource.url",
                    pg.jdbcUrl(
                        ThrowawayPostgres.DATABASE,
                        "socketTimeout=30&tcpKeepAlive=true&connectTimeout=5&loginTimeout=5"),
                    "spring.datasource.username",
                    ThrowawayPostgres.USER,
                    "spring.datasource.password",
                    ThrowawayPostgres.PASSWORD))) {
      run(pg, app);
    }
  }

  private void run(ThrowawayPostgres pg, Instance app) throws Exception {
    long department = queryLong(pg, "select id from department where code = 'VPTU'");
    WebClient creator = new WebClient(app.port()).loggedIn("admin", "Admin@2020");
    WebClient reporter = new WebClient(app.port()).loggedIn("admin", "Admin@2020");
    WebClient reader = new WebClient(app.port()).loggedIn("lanhdao", "Lanhdao@2020");
    String creatorToken = creator.csrf("/tasks/new");
    String reporterToken = reporter.csrf("/dashboard");

    HttpResponse<String> first =
        creator.postRaw("/tasks", taskForm("Nhiệm vụ nhận báo cáo", department, creatorToken));
    Matcher m = TASK_LOCATION.matcher(first.headers().firstValue("Location").orElse(""));
    assertThat(m.find()).as("the task that receives the progress reports is created").isTrue();
    long reportedTask = Long.parseLong(m.group(1));

    AtomicBoolean stop = new AtomicBoolean();
    List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads =
        List.of(
            started(
                "writer-tasks",
                loop(
                    stop,
                    attempts,
                    "create",
                    n -> {
                      String title = "Ghi thử khi khởi động lại CSDL #" + n;
                      HttpResponse<String> a =
                          creator.postRaw("/tasks", taskForm(title, department, creatorToken));
                      Matcher l =
                          TASK_LOCATION.matcher(a.headers().firstValue("Location").orElse(""));
                      return new Answer(
                          a, a.statusCode() == 302 && l.find() ? l.group(1) + "\t" + title : null);
                    })),
            started(
                "writer-progress",
                loop(
                    stop,
                    attempts,
                    "progress",
                    n -> {
                      String note = "Báo cáo thử khi khởi động lại CSDL #" + n;
                      HttpResponse<String> a =
                          reporter.postRaw(
                              "/tasks/" + reportedTask + "/progress",
                              WebClient.form(
                                  Map.of(
                                      "progress",
                                      String.valueOf(1 + n % 90),
                                      "note",
                                      note,
                                      "_csrf",
                                      reporterToken)));
                      boolean ok =
                          a.statusCode() == 302
                              && a.headers()
                                  .firstValue("Location")
                                  .orElse("")
                                  .endsWith("/tasks/" + reportedTask);
                      return new Answer(a, ok ? note : null);
                    })),
            started(
                "reader",
                loop(
                    stop,
                    attempts,
                    "read",
                    n -> {
                      HttpResponse<String> a = reader.get("/dashboard");
                      return new Answer(a, a.statusCode() == 200 ? "" : null);
                    })));

    Thread.sleep(LOAD_BEFORE.toMillis());
    long restartStart = System.nanoTime();
    Duration restart = pg.restartImmediate();
    long restartDone = System.nanoTime();
    // Writes acknowledged again by both writers after the server is back: recovered.
    long deadline = restartDone + MAX_OUTAGE.toNanos();
    while (System.nanoTime() < deadline && !bothWritersAcknowledgedAfter(attempts, restartDone)) {
      Thread.sleep(50);
    }
    Thread.sleep(LOAD_AFTER.toMillis());
    stop.set(true);
    for (Thread t : threads) {
      t.join(90_000);
    }
    List<Attempt> all;
    synchronized (attempts) {
      all = new ArrayList<>(attempts);
    }

    // The outage: from the restart to the first acknowledged write sent after the last failure.
    long lastFailureStart =
        all.stream()
            .filter(a -> !a.acknowledged() && a.startNanos() >= restartStart)
            .mapToLong(Attempt::startNanos)
            .max()
            .orElse(restartStart);
    long recoveredAt =
        all.stream()
            .filter(a -> a.acknowledged() && !a.kind().equals("read"))
            .filter(a -> a.startNanos() >= lastFailureStart)
            .mapToLong(Attempt::endNanos)
            .min()
            .orElse(Long.MAX_VALUE);
    List<Attempt> outage =
        all.stream()
            .filter(a -> !a.acknowledged())
            .filter(a -> a.endNanos() >= restartStart && a.startNanos() <= recoveredAt)
            .toList();
    List<Attempt> outsideOutage =
        all.stream()
            .filter(a -> !a.acknowledged())
            .filter(a -> a.endNanos() < restartStart || a.startNanos() > recoveredAt)
            .toList();
    long traces = all.stream().filter(Attempt::trace).count();

    // Every acknowledged write, looked up in the database once it is back.
    Map<Long, String> ackedTasks = new TreeMap<>();
    Set<String> ackedNotes = new HashSet<>();
    for (Attempt a : all) {
      if (!a.acknowledged() || a.key() == null || a.key().isEmpty()) {
        continue;
      }
      if (a.kind().equals("create")) {
        String[] parts = a.key().split("\t", 2);
        ackedTasks.put(Long.parseLong(parts[0]), parts[1]);
      } else if (a.kind().equals("progress")) {
        ackedNotes.add(a.key());
      }
    }
    Map<Long, String> storedTasks = new LinkedHashMap<>();
    Set<String> storedNotes = new HashSet<>();
    try (Connection c =
        DriverManager.getConnection(
            pg.jdbcUrl(ThrowawayPostgres.DATABASE, ""),
            ThrowawayPostgres.USER,
            ThrowawayPostgres.PASSWORD)) {
      try (PreparedStatement s =
          c.prepareStatement("select id, title from task where title like 'Ghi thử khi%'")) {
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            storedTasks.put(rs.getLong(1), rs.getString(2));
          }
        }
      }
      try (PreparedStatement s =
          c.prepareStatement("select note from progress_report where task_id = ?")) {
        s.setLong(1, reportedTask);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            storedNotes.add(rs.getString(1));
          }
        }
      }
    }
    List<String> lost = new ArrayList<>();
    ackedTasks.forEach(
        (id, title) -> {
          if (!title.equals(storedTasks.get(id))) {
            lost.add("task " + id + " \"" + title + "\"");
          }
        });
    for (String note : ackedNotes) {
      if (!storedNotes.contains(note)) {
        lost.add("progress report \"" + note + "\"");
      }
    }
    long storedUnacknowledged =
        storedTasks.size() - ackedTasks.size() + storedNotes.size() - ackedNotes.size();
    HttpResponse<String> health = reader.get("/actuator/health");

    double recoverySeconds =
        recoveredAt == Long.MAX_VALUE ? Double.NaN : (recoveredAt - restartStart) / 1e9;
    String statuses =
        outage.stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.status() == 0 ? "no answer" : String.valueOf(a.status()),
                    TreeMap::new,
                    Collectors.counting()))
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "×" + e.getValue())
            .collect(Collectors.joining(", "));
    ReliabilityReport.record(
        new ReliabilityReport.Line(
            ReliabilityReport.Part.DATABASE_RESTART,
            all.size(),
            outsideOutage.size(),
            traces,
            (long) outage.size(),
            recoverySeconds,
            (long) lost.size(),
            "%d tasks and %d progress reports acknowledged; PostgreSQL back after %.1f s;"
                    .formatted(ackedTasks.size(), ackedNotes.size(), restart.toMillis() / 1e3)
                + " outage answers: "
                + (statuses.isEmpty() ? "none" : statuses)
                + "; stored without an acknowledgement: "
                + storedUnacknowledged
                + "; health afterwards "
                + health.statusCode()));

    assertThat(recoveredAt)
        .as(
            "writes acknowledged again within %s of the restart (server log:\n%s)",
            MAX_OUTAGE, pg.serverLog())
        .isNotEqualTo(Long.MAX_VALUE);
    assertThat(ackedTasks).as("acknowledged creates").hasSizeGreaterThan(5);
    assertThat(ackedNotes).as("acknowledged progress reports").hasSizeGreaterThan(5);
    assertThat(lost).as("acknowledged writes missing after the restart").isEmpty();
    assertThat(outsideOutage).as("failed requests outside the outage").isEmpty();
    assertThat(traces).as("answers with a stack trace").isZero();
    assertThat(health.statusCode()).as("health after the restart").isEqualTo(200);
  }

  /** What a step of a loop got: the answer, and the key of the acknowledged write or null. */
  record Answer(HttpResponse<String> response, String key) {}

  @FunctionalInterface
  interface Step {
    Answer send(int n);
  }

  private static Runnable loop(AtomicBoolean stop, List<Attempt> attempts, String kind, Step step) {
    return () -> {
      for (int n = 0; n < MAX_ATTEMPTS && !stop.get(); n++) {
        long start = System.nanoTime();
        try {
          Answer answer = step.send(n);
          HttpResponse<String> r = answer.response();
          boolean trace = r.body() != null && ReliabilityReport.TRACE.matcher(r.body()).find();
          attempts.add(
              new Attempt(kind, start, System.nanoTime(), r.statusCode(), trace, answer.key()));
        } catch (RuntimeException e) {
          attempts.add(new Attempt(kind, start, System.nanoTime(), 0, false, null));
          pause();
        }
      }
    };
  }

  private static Thread started(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.start();
    return thread;
  }

  /** After a refused connection, a browser-like pause instead of a tight loop. */
  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean bothWritersAcknowledgedAfter(List<Attempt> attempts, long after) {
    synchronized (attempts) {
      boolean create = false;
      boolean progress = false;
      for (Attempt a : attempts) {
        if (a.acknowledged() && a.startNanos() >= after) {
          create |= a.kind().equals("create");
          progress |= a.kind().equals("progress");
        }
      }
      return create && progress;
    }
  }

  private static String taskForm(String title, long department, String csrf) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("title", title);
    form.put("description", "Ghi trong lúc cơ sở dữ liệu khởi động lại");
    form.put("workstream", "PROPAGANDA");
    form.put("phase", "BEFORE");
    form.put("leadDepartment", String.valueOf(department));
    form.put("milestone", "");
    form.put("startDate", "2019-07-01");
    form.put("deadline", "2019-08-10");
    form.put("status", "NOT_STARTED");
    form.put("progress", "0");
    form.put("priority", "NORMAL");
    form.put("confidentiality", "NORMAL");
    form.put("_csrf", csrf);
    return WebClient.form(form);
  }

  private static long queryLong(ThrowawayPostgres pg, String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                pg.jdbcUrl(ThrowawayPostgres.DATABASE, ""),
                ThrowawayPostgres.USER,
                ThrowawayPostgres.PASSWORD);
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
