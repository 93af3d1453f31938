package vn.congressplanner.task;

import java.time.LocalDate;
import java.util.List;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;

/**
 * What a user asks a task to become (create or update), with departments and milestone by id.
 * {@code version} is the version the user saw (updates only); {@code deadlineChangeReason} is
 * required to extend an overdue task (rule D5) and kept in the history.
 */
public record TaskCommand(
    String title,
    String description,
    Workstream workstream,
    Phase phase,
    Long leadDepartment,
    List<Long> cooperatingDepartments,
    Long milestone,
    LocalDate startDate,
    LocalDate deadline,
    TaskStatus status,
    Integer progress,
    LocalDate completedOn,
    String resultNote,
    Priority priority,
    Clearance confidentiality,
    String deadlineChangeReason,
    Long version) {

  public TaskCommand {
    cooperatingDepartments =
        cooperatingDepartments == null
            ? List.of()
            : cooperatingDepartments.stream().filter(java.util.Objects::nonNull).toList();
  }
}
