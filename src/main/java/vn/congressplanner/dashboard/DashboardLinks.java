package vn.congressplanner.dashboard;

import java.time.LocalDate;
import org.springframework.web.util.UriComponentsBuilder;
import vn.congressplanner.task.DeadlineStatus;
import vn.congressplanner.task.TaskFilter;
import vn.congressplanner.task.TaskStatus;

/**
 * Links from a dashboard number to the task list showing exactly the counted tasks: the row's
 * filter written out with the list's query parameters (SPEC §7), plus the bucket.
 *
 * <p>The page has hundreds of these links. They are plain strings with the context path in front,
 * not Thymeleaf {@code @{...}} links: each of those passes through Boot's {@code
 * ResourceUrlEncodingFilter} (on because of webjars-locator-lite), which probes every static
 * location inside the packaged jar for "/tasks" — about a millisecond of CPU per link.
 */
public class DashboardLinks {

  private final String contextPath;

  public DashboardLinks(String contextPath) {
    this.contextPath = contextPath == null ? "" : contextPath;
  }

  /** All tasks of the row, cancelled ones included (the row's total). */
  public String total(TaskFilter filter) {
    return contextPath + tasks(filter);
  }

  /** The row's tasks with deadline status {@code status} on the dashboard's day. */
  public String status(TaskFilter filter, DeadlineStatus status) {
    return contextPath + tasks(filter.withDeadlineStatus(status));
  }

  public String cancelled(TaskFilter filter) {
    return contextPath + tasks(withStatus(filter, TaskStatus.CANCELLED));
  }

  public String task(long id) {
    return contextPath + "/tasks/" + id;
  }

  public String milestone(long id) {
    return contextPath + "/milestones/" + id;
  }

  /** The dashboard itself with another league-table order or length. */
  public String dashboard(LocalDate asOf, String sort, boolean allDepartments) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath(contextPath + "/dashboard");
    if (asOf != null) {
      b.queryParam("asOf", asOf);
    }
    if (sort != null) {
      b.queryParam("sort", sort);
    }
    if (allDepartments) {
      b.queryParam("departments", "all");
    }
    return b.encode().build().toUriString();
  }

  /** {@code /tasks?...} for {@code filter}; only the fields that are set. */
  public static String tasks(TaskFilter filter) {
    return "/tasks" + queryOf(filter);
  }

  /** {@code ?workstream=...&...} (or "" for the empty filter), in the list's parameter names. */
  public static String queryOf(TaskFilter f) {
    UriComponentsBuilder b = UriComponentsBuilder.newInstance();
    add(b, "workstream", f.workstream());
    add(b, "phase", f.phase());
    add(b, "department", f.department());
    add(b, "status", f.status());
    add(b, "deadlineStatus", f.deadlineStatus());
    add(b, "milestone", f.milestone());
    add(b, "priority", f.priority());
    add(b, "q", f.q());
    add(b, "deadlineFrom", f.deadlineFrom());
    add(b, "deadlineTo", f.deadlineTo());
    add(b, "asOf", f.asOf());
    String query = b.encode().build().getQuery();
    return query == null ? "" : "?" + query;
  }

  private static void add(UriComponentsBuilder b, String name, Object value) {
    if (value != null) {
      b.queryParam(name, value.toString());
    }
  }

  static TaskFilter withStatus(TaskFilter f, TaskStatus status) {
    return new TaskFilter(
        f.workstream(),
        f.phase(),
        f.department(),
        status,
        f.deadlineStatus(),
        f.milestone(),
        f.priority(),
        f.q(),
        f.deadlineFrom(),
        f.deadlineTo(),
        f.asOf());
  }
}
