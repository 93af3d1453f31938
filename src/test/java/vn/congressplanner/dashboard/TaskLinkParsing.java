package vn.congressplanner.dashboard;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Function;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.task.DeadlineStatus;
import vn.congressplanner.task.Priority;
import vn.congressplanner.task.TaskFilter;
import vn.congressplanner.task.TaskStatus;

/**
 * Reads a {@code /tasks?...} link back into the list's filter the way the list binds it, so that a
 * test can count what the list would show. Written independently of {@link DashboardLinks}.
 */
final class TaskLinkParsing {

  private TaskLinkParsing() {}

  static String path(String href) {
    return UriComponentsBuilder.fromUriString(href).build().getPath();
  }

  static TaskFilter filter(String href) {
    MultiValueMap<String, String> q =
        UriComponentsBuilder.fromUriString(href).build().getQueryParams();
    for (String name : q.keySet()) {
      if (!java.util.Set.of(
              "workstream",
              "phase",
              "department",
              "status",
              "deadlineStatus",
              "milestone",
              "priority",
              "q",
              "deadlineFrom",
              "deadlineTo",
              "asOf")
          .contains(name)) {
        throw new AssertionError("not a task list filter: " + name + " in " + href);
      }
    }
    return new TaskFilter(
        get(q, "workstream", Workstream::valueOf),
        get(q, "phase", Phase::valueOf),
        get(q, "department", Long::valueOf),
        get(q, "status", TaskStatus::valueOf),
        get(q, "deadlineStatus", DeadlineStatus::valueOf),
        get(q, "milestone", Long::valueOf),
        get(q, "priority", Priority::valueOf),
        get(q, "q", v -> v),
        get(q, "deadlineFrom", LocalDate::parse),
        get(q, "deadlineTo", LocalDate::parse),
        get(q, "asOf", LocalDate::parse));
  }

  private static <T> T get(
      MultiValueMap<String, String> q, String name, Function<String, T> parse) {
    String raw = q.getFirst(name);
    return raw == null ? null : parse.apply(URLDecoder.decode(raw, StandardCharsets.UTF_8));
  }
}
