package vn.congressplanner.task.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.congressplanner.account.AccountService;
import vn.congressplanner.history.HistoryEntry;
import vn.congressplanner.history.HistoryLabels;
import vn.congressplanner.history.HistoryService;
import vn.congressplanner.task.TaskService;

/**
 * A task's change history as people read it: field names and enum values in their language, dates
 * as dd/MM/yyyy, times in the congress time zone.
 */
@Component
class TaskHistoryView {

  record Row(
      Instant changedAt,
      String actor,
      String field,
      String oldValue,
      String newValue,
      String reason) {}

  private final HistoryService history;
  private final HistoryLabels labels;
  private final AccountService accounts;

  TaskHistoryView(HistoryService history, HistoryLabels labels, AccountService accounts) {
    this.history = history;
    this.labels = labels;
    this.accounts = accounts;
  }

  /** The task's changes, newest first, with people's full names and labels for every code. */
  List<Row> rows(long taskId) {
    String type = TaskService.HISTORY_TYPE;
    List<HistoryEntry> entries = history.of(type, taskId);
    Map<String, String> names =
        accounts.fullNames(
            entries.stream().map(HistoryEntry::getActor).collect(Collectors.toSet()));
    return entries.stream()
        .map(
            e ->
                new Row(
                    e.getChangedAt(),
                    names.getOrDefault(e.getActor(), e.getActor()),
                    labels.field(type, e.getField()),
                    labels.value(type, e.getField(), e.getOldValue()),
                    labels.value(type, e.getField(), e.getNewValue()),
                    e.getReason()))
        .toList();
  }
}
