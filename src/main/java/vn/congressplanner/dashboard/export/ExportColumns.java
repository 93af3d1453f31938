package vn.congressplanner.dashboard.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import vn.congressplanner.dashboard.TaskRows;

/**
 * The columns of a task export, in order, with their headers and widths. Both formats write the
 * same columns; enum values are written as the words the pages show, in the request's language.
 */
final class ExportColumns {

  enum Kind {
    NUMBER,
    TEXT,
    DATE
  }

  /** {@code width} in characters. */
  record Column(String key, Kind kind, int width, Function<TaskRows.Row, Object> value) {}

  private final MessageSource messages;
  private final Locale locale;
  private final List<Column> columns;

  ExportColumns(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
    this.columns =
        List.of(
            new Column("id", Kind.NUMBER, 8, TaskRows.Row::id),
            new Column("title", Kind.TEXT, 60, TaskRows.Row::title),
            new Column("workstream", Kind.TEXT, 14, r -> label("workstream", r.workstream())),
            new Column("phase", Kind.TEXT, 16, r -> label("phase", r.phase())),
            new Column("lead", Kind.TEXT, 32, r -> r.leadDepartment().name()),
            new Column(
                "cooperating",
                Kind.TEXT,
                40,
                r ->
                    r.cooperatingDepartments().stream()
                        .map(TaskRows.Ref::name)
                        .collect(Collectors.joining("; "))),
            new Column(
                "milestone",
                Kind.TEXT,
                40,
                r -> r.milestone() == null ? null : r.milestone().name()),
            new Column("startDate", Kind.DATE, 13, TaskRows.Row::startDate),
            new Column("deadline", Kind.DATE, 13, TaskRows.Row::deadline),
            new Column("status", Kind.TEXT, 16, r -> label("taskStatus", r.status())),
            new Column(
                "deadlineStatus", Kind.TEXT, 26, r -> label("deadlineStatus", r.deadlineStatus())),
            new Column(
                "daysOverdue",
                Kind.NUMBER,
                10,
                r -> r.daysOverdue() > 0 ? (Object) r.daysOverdue() : null),
            new Column("progress", Kind.NUMBER, 10, TaskRows.Row::progress),
            new Column("completedOn", Kind.DATE, 13, TaskRows.Row::completedOn),
            new Column("priority", Kind.TEXT, 12, r -> label("priority", r.priority())),
            new Column("resultNote", Kind.TEXT, 40, TaskRows.Row::resultNote),
            new Column("description", Kind.TEXT, 60, TaskRows.Row::description));
  }

  List<Column> all() {
    return columns;
  }

  String header(Column column) {
    return message("dashboard.export.column." + column.key());
  }

  String message(String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  private String label(String prefix, Enum<?> value) {
    return value == null ? null : messages.getMessage(prefix + "." + value.name(), null, locale);
  }

  static boolean isDate(Object value) {
    return value instanceof LocalDate;
  }
}
