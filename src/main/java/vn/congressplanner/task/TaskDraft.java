package vn.congressplanner.task;

import java.time.LocalDate;
import java.util.Set;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.department.Department;
import vn.congressplanner.milestone.Milestone;

/**
 * A task as it would be after a change, with its references resolved: what {@link DeadlineRules}
 * judges before anything is written.
 */
record TaskDraft(
    Congress congress,
    Phase phase,
    Department leadDepartment,
    Set<Department> cooperatingDepartments,
    Milestone milestone,
    LocalDate startDate,
    LocalDate deadline,
    TaskStatus status,
    int progress,
    LocalDate completedOn,
    String resultNote,
    Clearance confidentiality,
    String deadlineChangeReason) {

  /** The draft of an unchanged task (bulk actions change one field of it). */
  static TaskDraft of(Task task) {
    return new TaskDraft(
        task.getCongress(),
        task.getPhase(),
        task.getLeadDepartment(),
        Set.copyOf(task.getCooperatingDepartments()),
        task.getMilestone(),
        task.getStartDate(),
        task.getDeadline(),
        task.getStatus(),
        task.getProgress(),
        task.getCompletedOn(),
        task.getResultNote(),
        task.getConfidentiality(),
        null);
  }

  TaskDraft withLeadDepartment(Department lead) {
    return new TaskDraft(
        congress,
        phase,
        lead,
        cooperatingDepartments,
        milestone,
        startDate,
        deadline,
        status,
        progress,
        completedOn,
        resultNote,
        confidentiality,
        deadlineChangeReason);
  }
}
