package vn.congressplanner.task.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.congressplanner.history.HistoryEntry;
import vn.congressplanner.history.HistoryService;
import vn.congressplanner.system.Formats;
import vn.congressplanner.task.TaskService;

/**
 * A task's change history as people read it: field names and enum values in their language, dates
 * as dd/MM/yyyy, times in the congress time zone.
 */
@Component
class TaskHistoryView {

  private static final Set<String> DATES = Set.of("startDate", "deadline", "completedOn");

  record Row(
      Instant changedAt,
      String actor,
      String field,
      String oldValue,
      String newValue,
      String reason) {}

  private final HistoryService history;
  private final MessageSource messages;
  private final Clock clock;

  TaskHistoryView(HistoryService history, MessageSource messages, Clock clock) {
    this.history = history;
    this.messages = messages;
    this.clock = clock;
  }

  List<Row> rows(long taskId) {
    Locale locale = LocaleContextHolder.getLocale();
    return history.of(TaskService.HISTORY_TYPE, taskId).stream()
        .map(
            e ->
                new Row(
                    e.getChangedAt(),
                    e.getActor(),
                    messages.getMessage("task.field." + e.getField(), null, e.getField(), locale),
                    value(e, e.getOldValue(), locale),
                    value(e, e.getNewValue(), locale),
                    e.getReason()))
        .toList();
  }

  private String value(HistoryEntry entry, String value, Locale locale) {
    if (value == null) {
      return null;
    }
    String prefix =
        switch (entry.getField()) {
          case "status" -> "taskStatus.";
          case "workstream" -> "workstream.";
          case "phase" -> "phase.";
          case "priority" -> "priority.";
          case "confidentiality" -> "clearance.";
          case "action" -> "task.history.action.";
          default -> null;
        };
    if (prefix != null) {
      return messages.getMessage(prefix + value, null, value, locale);
    }
    if (DATES.contains(entry.getField())) {
      try {
        return Formats.formatDate(LocalDate.parse(value));
      } catch (DateTimeParseException e) {
        return value;
      }
    }
    return value;
  }
}
