package vn.congressplanner.task.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import vn.congressplanner.system.sheet.SheetColumn;
import vn.congressplanner.task.TaskRows;

/**
 * The columns of a task export, in order, with their headers and widths. Both formats write the
 * same columns; enum values are written as the words the pages show, in the request's language.
 */
final class ExportColumns {

  private final MessageSource messages;
  private final Locale locale;
  private final List<SheetColumn<TaskRows.Row>> columns;

  ExportColumns(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
    this.columns =
        List.of(
            new SheetColumn<TaskRows.Row>(
                header("id"), SheetColumn.Kind.NUMBER, 8, TaskRows.Row::id),
            new SheetColumn<TaskRows.Row>(
                header("title"), SheetColumn.Kind.TEXT, 60, TaskRows.Row::title),
            new SheetColumn<TaskRows.Row>(
                header("workstream"),
                SheetColumn.Kind.TEXT,
                14,
                r -> label("workstream", r.workstream())),
            new SheetColumn<TaskRows.Row>(
                header("phase"), SheetColumn.Kind.TEXT, 16, r -> label("phase", r.phase())),
            new SheetColumn<TaskRows.Row>(
                header("lead"), SheetColumn.Kind.TEXT, 32, r -> r.leadDepartment().name()),
            new SheetColumn<TaskRows.Row>(
                header("cooperating"),
                SheetColumn.Kind.TEXT,
                40,
                r ->
                    r.cooperatingDepartments().stream()
                        .map(TaskRows.Ref::name)
                        .collect(Collectors.joining("; "))),
            new SheetColumn<TaskRows.Row>(
                header("milestone"),
                SheetColumn.Kind.TEXT,
                40,
                r -> r.milestone() == null ? null : r.milestone().name()),
            new SheetColumn<TaskRows.Row>(
                header("startDate"), SheetColumn.Kind.DATE, 13, TaskRows.Row::startDate),
            new SheetColumn<TaskRows.Row>(
                header("deadline"), SheetColumn.Kind.DATE, 13, TaskRows.Row::deadline),
            new SheetColumn<TaskRows.Row>(
                header("status"), SheetColumn.Kind.TEXT, 16, r -> label("taskStatus", r.status())),
            new SheetColumn<TaskRows.Row>(
                header("deadlineStatus"),
                SheetColumn.Kind.TEXT,
                26,
                r -> label("deadlineStatus", r.deadlineStatus())),
            new SheetColumn<TaskRows.Row>(
                header("daysOverdue"),
                SheetColumn.Kind.NUMBER,
                10,
                r -> r.daysOverdue() > 0 ? (Object) r.daysOverdue() : null),
            new SheetColumn<TaskRows.Row>(
                header("progress"), SheetColumn.Kind.NUMBER, 10, TaskRows.Row::progress),
            new SheetColumn<TaskRows.Row>(
                header("completedOn"), SheetColumn.Kind.DATE, 13, TaskRows.Row::completedOn),
            new SheetColumn<TaskRows.Row>(
                header("priority"),
                SheetColumn.Kind.TEXT,
                12,
                r -> label("priority", r.priority())),
            new SheetColumn<TaskRows.Row>(
                header("resultNote"), SheetColumn.Kind.TEXT, 40, TaskRows.Row::resultNote),
            new SheetColumn<TaskRows.Row>(
                header("description"), SheetColumn.Kind.TEXT, 60, TaskRows.Row::description),
            // D13: the effective date stays in the deadline column; this one says "D−30".
            new SheetColumn<TaskRows.Row>(
                message("task.export.column.deadlineCode"),
                SheetColumn.Kind.TEXT,
                12,
                TaskRows.Row::deadlineCode));
  }

  List<SheetColumn<TaskRows.Row>> all() {
    return columns;
  }

  private String header(String key) {
    return message("dashboard.export.column." + key);
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
