package vn.congressplanner.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.congressplanner.support.RequiresPostgres;
import vn.congressplanner.support.TestDatabase;
import vn.congressplanner.support.WebClient;

/**
 * Issue 11, suite (b): two instances of the application on one PostgreSQL database, as behind a
 * load balancer without sticky sessions. A session made on A works on B; what A changes — a new
 * task, a moved deadline — shows on B at the very next request, in B's list total and dashboard
 * counts too, although B keeps both in caches (task.TaskTotals, dashboard.DashboardCache) that only
 * A's own events evict on A; logging out on A ends the session on B.
 *
 * <p>A's clock is a day behind B's ({@code planner.today} 2019-07-14 on A, 2019-07-15 on B): two
 * machines' clocks never agree exactly, and a plan stamp taken from the clock of whoever wrote last
 * ({@code max(task.updated_at)}) did not move when A wrote after B — B then showed its old totals
 * until their TTL ran out. The skew of a day makes the check deterministic; a skew of milliseconds
 * fails the same way within its size. Skipped with {@code -Dplanner.faults.skip=true}.
 */
@ExtendWith(RequiresPostgres.class)
@DisabledIfSystemProperty(named = "planner.faults.skip", matches = "true")
class TwoInstancesTests {

  static final Pattern TASK_COUNT = Pattern.compile("data-testid=\"task-count\"[^>]*>([\\d.]+)<");
  static final Pattern LOCATION = Pattern.compile("/tasks/(\\d+)$");

  private final List<String> checks = new ArrayList<>();
  private final List<String> failedChecks = new ArrayList<>();
  private int requests;

  @Test
  void twoInstancesShareSessionsAndSeeEachOthersChangesAtOnce() throws Exception {
    String url = TestDatabase.database("two_instances");
    Map<String, String> common = new LinkedHashMap<>();
    common.put("spring.datasource.url", url);
    common.put("spring.datasource.username", TestDatabase.user());
    common.put("spring.datasource.password", TestDatabase.password());
    common.put("spring.datasource.hikari.maximum-pool-size", "5");
    Map<String, String> settingsA = new LinkedHashMap<>(common);
    settingsA.put("planner.today", "2019-07-14");
    try (Instance a = Instance.start(List.of("demo", "test"), settingsA);
        Instance b = Instance.start(List.of("demo", "test"), common)) {
      run(a.port(), b.port(), url);
    }
    ReliabilityReport.record(
        new ReliabilityReport.Line(
            ReliabilityReport.Part.TWO_INSTANCES,
            requests,
            failedChecks.size(),
            0,
            null,
            null,
            null,
            String.join("; ", checks)));
    assertThat(failedChecks).as("failed checks across two instances").isEmpty();
  }

  private void run(int portA, int portB, String url) throws SQLException {
    WebClient onA = new WebClient(portA).loggedIn("admin", "Admin@2020");
    requests += 2;
    WebClient onB = onA.onPort(portB);

    HttpResponse<String> dashboardB = get(onB, "/dashboard");
    check(
        "the session made on A works on B",
        dashboardB.statusCode() == 200 && dashboardB.body().contains("data-testid=\"logout\""));

    // B's caches hold the totals before A's change.
    long listBefore = taskCount(get(onB, "/tasks"));
    long dashboardBefore = metric(get(onB, "/dashboard"), "TOTAL");

    String tokenA = onA.csrf("/tasks/new");
    requests++;
    long department = queryLong(url, "select id from department where code = 'VPTU'");
    String title = "Nhiệm vụ tạo trên máy A";
    HttpResponse<String> created = onA.postRaw("/tasks", taskForm(title, department, null, tokenA));
    requests++;
    Matcher m = LOCATION.matcher(created.headers().firstValue("Location").orElse(""));
    boolean found = m.find();
    check("A creates a task", created.statusCode() == 302 && found);
    long task = found ? Long.parseLong(m.group(1)) : -1;

    check("B shows A's new task", get(onB, "/tasks/" + task).statusCode() == 200);
    check(
        "B's task list total counts A's new task at once",
        taskCount(get(onB, "/tasks")) == listBefore + 1);
    check(
        "B's dashboard total counts A's new task at once",
        metric(get(onB, "/dashboard"), "TOTAL") == dashboardBefore + 1);

    // B writes last, to another task, with its clock ahead of A's; then B's caches are warm again.
    long other =
        queryLong(
            url,
            "select min(id) from task where status in ('NOT_STARTED', 'IN_PROGRESS') and id <> "
                + task);
    String tokenB = onB.csrf("/tasks/" + other);
    requests++;
    HttpResponse<String> reported =
        onB.postRaw(
            "/tasks/" + other + "/progress",
            WebClient.form(
                Map.of("progress", "20", "note", "Báo cáo trên máy B", "_csrf", tokenB)));
    requests++;
    check("B records a progress report", reported.statusCode() == 302);
    long listBeforeSecond = taskCount(get(onB, "/tasks"));
    long overdueListBefore = taskCount(get(onB, "/tasks?deadlineStatus=OVERDUE"));
    HttpResponse<String> dashboard = get(onB, "/dashboard");
    long totalBefore = metric(dashboard, "TOTAL");
    long overdueBefore = metric(dashboard, "OVERDUE");

    // A creates a second task, and changes the first: its deadline moves into the past.
    HttpResponse<String> second =
        onA.postRaw("/tasks", taskForm("Nhiệm vụ thứ hai trên máy A", department, null, tokenA));
    requests++;
    check("A creates a second task", second.statusCode() == 302);
    long version = queryLong(url, "select version from task where id = " + task);
    HttpResponse<String> changed =
        onA.postRaw("/tasks/" + task, taskForm(title, department, version, tokenA));
    requests++;
    check("A moves the first task's deadline", changed.statusCode() == 302);
    // The whole list runs to several pages: its total is the cached count, not the rows shown.
    check(
        "B's task list total counts A's second task at once",
        taskCount(get(onB, "/tasks")) == listBeforeSecond + 1);
    check(
        "B's list of overdue tasks counts A's change at once",
        taskCount(get(onB, "/tasks?deadlineStatus=OVERDUE")) == overdueListBefore + 1);
    dashboard = get(onB, "/dashboard");
    check(
        "B's dashboard total counts A's second task at once",
        metric(dashboard, "TOTAL") == totalBefore + 1);
    check(
        "B's dashboard counts A's change as overdue at once",
        metric(dashboard, "OVERDUE") == overdueBefore + 1);

    HttpResponse<String> logout =
        onA.postRaw("/logout", "_csrf=" + WebClient.enc(onA.csrf("/dashboard")));
    requests += 2;
    // 302 for a browser, 204 for a client that does not ask for HTML: both end the session.
    check("A logs out", logout.statusCode() == 302 || logout.statusCode() == 204);
    HttpResponse<String> afterLogout = get(onB, "/dashboard");
    check(
        "the session logged out on A no longer works on B",
        afterLogout.statusCode() == 302
            && afterLogout.headers().firstValue("Location").orElse("").contains("/login"));
  }

  private HttpResponse<String> get(WebClient client, String path) {
    requests++;
    return client.get(path);
  }

  private void check(String what, boolean passed) {
    checks.add(what + (passed ? ": yes" : ": NO"));
    if (!passed) {
      failedChecks.add(what);
    }
  }

  private static long taskCount(HttpResponse<String> page) {
    Matcher m = TASK_COUNT.matcher(page.body());
    return m.find() ? Long.parseLong(m.group(1).replace(".", "")) : -1;
  }

  private static long metric(HttpResponse<String> page, String name) {
    Matcher m =
        Pattern.compile("data-metric=\"" + Pattern.quote(name) + "\"[^>]*>\\s*([\\d.]+)\\s*<")
            .matcher(page.body());
    return m.find() ? Long.parseLong(m.group(1).replace(".", "")) : -1;
  }

  /** The task form: a new task due 2019-08-10, or (with a version) the same moved to 2019-07-10. */
  private static String taskForm(String title, long department, Long version, String csrf) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("title", title);
    form.put("description", "Thay đổi trên một máy, xem trên máy kia");
    form.put("workstream", "PROPAGANDA");
    form.put("phase", "BEFORE");
    form.put("leadDepartment", String.valueOf(department));
    form.put("milestone", "");
    form.put("startDate", "2019-07-01");
    form.put("deadline", version == null ? "2019-08-10" : "2019-07-10");
    form.put("status", version == null ? "NOT_STARTED" : "IN_PROGRESS");
    form.put("progress", version == null ? "0" : "20");
    form.put("priority", "NORMAL");
    form.put("confidentiality", "NORMAL");
    if (version != null) {
      form.put("version", String.valueOf(version));
      form.put("deadlineChangeReason", "Cần xong trước đợt tuyên truyền");
    }
    form.put("_csrf", csrf);
    return WebClient.form(form);
  }

  private static long queryLong(String url, String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
