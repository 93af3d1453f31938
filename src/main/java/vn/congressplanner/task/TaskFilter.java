package vn.congressplanner.task;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;

/**
 * The task list's filter, bound from the query string (SPEC §7) so that a filtered list can be
 * bookmarked and shared. {@code asOf} classifies deadline statuses on another day (dashboard links
 * carry it). All fields are optional.
 */
public record TaskFilter(
    Workstream workstream,
    Phase phase,
    Long department,
    TaskStatus status,
    DeadlineStatus deadlineStatus,
    Long milestone,
    Priority priority,
    String q,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineFrom,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineTo,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {

  public static TaskFilter empty() {
    return new TaskFilter(null, null, null, null, null, null, null, null, null, null, null);
  }

  public TaskFilter withDeadlineStatus(DeadlineStatus value) {
    return new TaskFilter(
        workstream,
        phase,
        department,
        status,
        value,
        milestone,
        priority,
        q,
        deadlineFrom,
        deadlineTo,
        asOf);
  }

  public TaskFilter withWorkstream(Workstream value) {
    return new TaskFilter(
        value,
        phase,
        department,
        status,
        deadlineStatus,
        milestone,
        priority,
        q,
        deadlineFrom,
        deadlineTo,
        asOf);
  }

  public TaskFilter withPhase(Phase value) {
    return new TaskFilter(
        workstream,
        value,
        department,
        status,
        deadlineStatus,
        milestone,
        priority,
        q,
        deadlineFrom,
        deadlineTo,
        asOf);
  }

  public TaskFilter withDepartment(Long value) {
    return new TaskFilter(
        workstream,
        phase,
        value,
        status,
        deadlineStatus,
        milestone,
        priority,
        q,
        deadlineFrom,
        deadlineTo,
        asOf);
  }

  public TaskFilter withMilestone(Long value) {
    return new TaskFilter(
        workstream,
        phase,
        department,
        status,
        deadlineStatus,
        value,
        priority,
        q,
        deadlineFrom,
        deadlineTo,
        asOf);
  }

  public TaskFilter withAsOf(LocalDate value) {
    return new TaskFilter(
        workstream,
        phase,
        department,
        status,
        deadlineStatus,
        milestone,
        priority,
        q,
        deadlineFrom,
        deadlineTo,
        value);
  }
}
