package vn.congressplanner.task;

import java.time.LocalDate;
import java.util.List;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.DeadlineAnchor;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;

/**
 * What a user asks a task to become (create or update), with departments and milestone by id.
 * {@code version} is the version the user saw (updates only); {@code deadlineChangeReason} is
 * required to extend an overdue task (rule D5) and kept in the history. With {@code deadlineAnchor}
 * OPENING or CLOSING the deadline is relative (rule D13): {@code deadlineOffsetDays} days before
 * the opening or after the closing, and {@code deadline} is ignored.
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
    Long version,
    DeadlineAnchor deadlineAnchor,
    Integer deadlineOffsetDays) {

  public TaskCommand {
    cooperatingDepartments =
        cooperatingDepartments == null
            ? List.of()
            : cooperatingDepartments.stream().filter(java.util.Objects::nonNull).toList();
    deadlineAnchor = deadlineAnchor == null ? DeadlineAnchor.FIXED : deadlineAnchor;
  }

  /** A command with a fixed deadline. */
  public TaskCommand(
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
    this(
        title,
        description,
        workstream,
        phase,
        leadDepartment,
        cooperatingDepartments,
        milestone,
        startDate,
        deadline,
        status,
        progress,
        completedOn,
        resultNote,
        priority,
        confidentiality,
        deadlineChangeReason,
        version,
        DeadlineAnchor.FIXED,
        null);
  }
}
