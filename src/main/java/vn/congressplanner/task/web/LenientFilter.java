package vn.congressplanner.task.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.web.context.request.WebRequest;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.system.Texts;
import vn.congressplanner.task.DeadlineStatus;
import vn.congressplanner.task.Priority;
import vn.congressplanner.task.TaskFilter;
import vn.congressplanner.task.TaskStatus;

/**
 * The list filter read leniently: a bookmarked or hand-edited URL with one bad value (an unknown
 * workstream, 31/02) still shows a list, with that one condition left out, instead of an error.
 */
final class LenientFilter {

  private LenientFilter() {}

  static TaskFilter from(WebRequest request) {
    return new TaskFilter(
        value(request, "workstream", v -> Workstream.valueOf(v.toUpperCase(Locale.ROOT))),
        value(request, "phase", v -> Phase.valueOf(v.toUpperCase(Locale.ROOT))),
        value(request, "department", Long::valueOf),
        value(request, "status", v -> TaskStatus.valueOf(v.toUpperCase(Locale.ROOT))),
        value(request, "deadlineStatus", v -> DeadlineStatus.valueOf(v.toUpperCase(Locale.ROOT))),
        value(request, "milestone", Long::valueOf),
        value(request, "priority", v -> Priority.valueOf(v.toUpperCase(Locale.ROOT))),
        Texts.clean(request.getParameter("q")),
        value(request, "deadlineFrom", LocalDate::parse),
        value(request, "deadlineTo", LocalDate::parse),
        value(request, "asOf", LocalDate::parse));
  }

  private static <T> T value(WebRequest request, String name, Function<String, T> parse) {
    String raw = request.getParameter(name);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return parse.apply(raw.strip());
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return null;
    }
  }
}
