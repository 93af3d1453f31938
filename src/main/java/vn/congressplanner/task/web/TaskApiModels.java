package vn.congressplanner.task.web;

import java.time.LocalDate;
import java.util.List;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.DeadlineAnchor;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.task.DeadlineStatus;
import vn.congressplanner.task.Priority;
import vn.congressplanner.task.TaskRows;
import vn.congressplanner.task.TaskStatus;

/**
 * The JSON shapes of API v1. They are their own records, not the pages' models, so that the
 * contract with other systems changes only on purpose.
 */
final class TaskApiModels {

  private TaskApiModels() {}

  record PageDto<T>(List<T> content, int page, int size, long totalElements, int totalPages) {}

  record Ref(long id, String name) {

    static Ref of(TaskRows.Ref ref) {
      return ref == null ? null : new Ref(ref.id(), ref.name());
    }
  }

  record TaskDto(
      long id,
      String title,
      String description,
      Workstream workstream,
      Phase phase,
      Ref leadDepartment,
      List<Ref> cooperatingDepartments,
      Ref milestone,
      LocalDate startDate,
      LocalDate deadline,
      TaskStatus status,
      DeadlineStatus deadlineStatus,
      long daysOverdue,
      int progress,
      LocalDate completedOn,
      String resultNote,
      Priority priority,
      Clearance confidentiality,
      DeadlineAnchor deadlineAnchor,
      Integer deadlineOffsetDays,
      String deadlineCode) {

    static TaskDto of(TaskRows.Row r) {
      return new TaskDto(
          r.id(),
          r.title(),
          r.description(),
          r.workstream(),
          r.phase(),
          Ref.of(r.leadDepartment()),
          r.cooperatingDepartments().stream().map(Ref::of).toList(),
          Ref.of(r.milestone()),
          r.startDate(),
          r.deadline(),
          r.status(),
          r.deadlineStatus(),
          r.daysOverdue(),
          r.progress(),
          r.completedOn(),
          r.resultNote(),
          r.priority(),
          r.confidentiality(),
          r.deadlineAnchor(),
          r.deadlineOffsetDays(),
          r.deadlineCode());
    }
  }
}
