package vn.congressplanner.task;

import java.time.LocalDate;
import java.util.Set;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.DeadlineAnchor;
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
    String deadlineChangeReason,
    DeadlineAnchor deadlineAnchor,
    Integer deadlineOffsetDays) {

  TaskDraft {
    deadlineAnchor = deadlineAnchor == null ? DeadlineAnchor.FIXED : deadlineAnchor;
  }

  /** A draft with a fixed deadline. */
  TaskDraft(
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
    this(
        congress,
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
        confidentiality,
        deadlineChangeReason,
        DeadlineAnchor.FIXED,
        null);
  }

  /** Rule D13: the field a deadline message belongs next to (the offset of a relative one). */
  String deadlineField() {
    return deadlineAnchor.isRelative() ? "deadlineOffsetDays" : "deadline";
  }

  /** "D−30 (24/08/2020)" or the date, for messages. */
  String deadlineText() {
    return deadlineAnchor.describe(deadlineOffsetDays, deadline);
  }

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
        null,
        task.getDeadlineAnchor(),
        task.getDeadlineOffsetDays());
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
        deadlineChangeReason,
        deadlineAnchor,
        deadlineOffsetDays);
  }

  /** The same task with its deadline recomputed for other congress dates (a congress move). */
  TaskDraft withDeadline(LocalDate newDeadline) {
    return new TaskDraft(
        congress,
        phase,
        leadDepartment,
        cooperatingDepartments,
        milestone,
        startDate,
        newDeadline,
        status,
        progress,
        completedOn,
        resultNote,
        confidentiality,
        deadlineChangeReason,
        deadlineAnchor,
        deadlineOffsetDays);
  }

  /** The same task linked to another milestone (one not stored yet, in a plan copy's preview). */
  TaskDraft withMilestone(Milestone newMilestone) {
    return new TaskDraft(
        congress,
        phase,
        leadDepartment,
        cooperatingDepartments,
        newMilestone,
        startDate,
        deadline,
        status,
        progress,
        completedOn,
        resultNote,
        confidentiality,
        deadlineChangeReason,
        deadlineAnchor,
        deadlineOffsetDays);
  }
}
