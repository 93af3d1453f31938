package vn.congressplanner.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import vn.congressplanner.account.Actor;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.DeadlineAnchor;
import vn.congressplanner.department.Department;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.system.Formats;
import vn.congressplanner.system.RuleViolation;

/**
 * The plan's rules for a task change (SPEC §3, D1–D6 and D13), in one place so that the form, bulk
 * actions and any later import are held to the same rules. Each rule answers with its own message
 * key, tied to the form field the message belongs next to. Nothing here writes: the caller applies
 * the change only when the list of violations is empty.
 */
@Component
class DeadlineRules {

  private final Clock clock;

  DeadlineRules(Clock clock) {
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * Every violation of changing {@code current} (or creating a task when {@code null}) into {@code
   * next} by {@code actor}.
   */
  List<RuleViolation> check(Task current, TaskDraft next, Actor actor) {
    List<RuleViolation> violations = new ArrayList<>();
    required(next, violations);
    departments(current, next, violations);
    progress(next, violations);
    confidentiality(next, actor, violations);
    milestoneOfCongress(next, violations);
    relativeDeadline(next, violations);
    if (next.deadline() != null) {
      phaseWindow(next, violations);
      milestoneCap(next, violations);
      startBeforeDeadline(next, violations);
      frozenMilestone(current, next, violations);
      overdueExtension(current, next, actor, violations);
    }
    completion(next, violations);
    return violations;
  }

  private static void required(TaskDraft next, List<RuleViolation> violations) {
    if (next.phase() == null) {
      violations.add(new RuleViolation("phase", "NotNull"));
    }
    if (next.leadDepartment() == null) {
      violations.add(new RuleViolation("leadDepartment", "NotNull"));
    }
    if (next.deadline() == null && !next.deadlineAnchor().isRelative()) {
      violations.add(new RuleViolation("deadline", "NotNull"));
    }
    if (next.status() == null) {
      violations.add(new RuleViolation("status", "NotNull"));
    }
  }

  /**
   * The lead never cooperates on its own task; a department that has been deactivated keeps the
   * tasks it has but receives no new ones.
   */
  private static void departments(Task current, TaskDraft next, List<RuleViolation> violations) {
    Department lead = next.leadDepartment();
    if (lead != null) {
      boolean newLead = current == null || !same(current.getLeadDepartment(), lead);
      if (newLead && !lead.isActive()) {
        violations.add(
            new RuleViolation("leadDepartment", "task.leadDepartment.inactive", lead.getName()));
      }
      if (next.cooperatingDepartments().stream().anyMatch(d -> same(d, lead))) {
        violations.add(
            new RuleViolation(
                "cooperatingDepartments",
                "task.cooperatingDepartments.includesLead",
                lead.getName()));
      }
    }
    for (Department d : next.cooperatingDepartments()) {
      boolean added =
          current == null
              || current.getCooperatingDepartments().stream().noneMatch(c -> same(c, d));
      if (added && !d.isActive()) {
        violations.add(
            new RuleViolation(
                "cooperatingDepartments", "task.cooperatingDepartments.inactive", d.getName()));
      }
    }
  }

  private static void progress(TaskDraft next, List<RuleViolation> violations) {
    if (next.progress() < 0 || next.progress() > 100) {
      violations.add(new RuleViolation("progress", "task.progress.range"));
    }
  }

  /** Nobody files a task they could not see themselves. */
  private static void confidentiality(TaskDraft next, Actor actor, List<RuleViolation> violations) {
    if (next.confidentiality() != null && !actor.canSee(next.confidentiality())) {
      violations.add(
          new RuleViolation("confidentiality", "task.confidentiality.aboveClearance", label(next)));
    }
  }

  private static Object label(TaskDraft next) {
    return resolvable("clearance." + next.confidentiality());
  }

  private static void milestoneOfCongress(TaskDraft next, List<RuleViolation> violations) {
    Milestone m = next.milestone();
    if (m != null && next.congress() != null && !same(m.getCongress(), next.congress())) {
      violations.add(new RuleViolation("milestone", "task.milestone.otherCongress", m.getTitle()));
    }
  }

  /**
   * D13: a relative deadline has an offset of 0 to {@link DeadlineAnchor#MAX_OFFSET_DAYS} days; the
   * date it gives is then held to D1–D3 like a fixed one (with messages that name the anchor).
   */
  private static void relativeDeadline(TaskDraft next, List<RuleViolation> violations) {
    if (!next.deadlineAnchor().isRelative()) {
      return;
    }
    Integer offset = next.deadlineOffsetDays();
    if (offset == null) {
      violations.add(new RuleViolation("deadlineOffsetDays", "task.deadlineOffsetDays.required"));
    } else if (offset < 0 || offset > DeadlineAnchor.MAX_OFFSET_DAYS) {
      violations.add(
          new RuleViolation(
              "deadlineOffsetDays",
              "task.deadlineOffsetDays.range",
              DeadlineAnchor.MAX_OFFSET_DAYS));
    }
  }

  /**
   * D1–D3 for a task whose relative deadline is recomputed because the congress moves to {@code
   * opening}..{@code closing} (D13 "whenever the congress dates move").
   */
  List<RuleViolation> checkCongressMove(
      TaskDraft moved, LocalDate opening, LocalDate closing, LocalDate milestoneDue) {
    List<RuleViolation> violations = new ArrayList<>();
    phaseWindow(moved, opening, closing, violations);
    milestoneCap(moved, milestoneDue, violations);
    startBeforeDeadline(moved, violations);
    return violations;
  }

  /** D2 against a milestone's due date as it will be ({@code null}: no milestone). */
  List<RuleViolation> checkMilestoneCap(TaskDraft next, LocalDate milestoneDue) {
    List<RuleViolation> violations = new ArrayList<>();
    milestoneCap(next, milestoneDue, violations);
    return violations;
  }

  /** D1: the deadline lies in the task's phase, relative to its congress's opening and closing. */
  private static void phaseWindow(TaskDraft next, List<RuleViolation> violations) {
    Congress congress = next.congress();
    if (congress != null) {
      phaseWindow(next, congress.getOpeningDate(), congress.getClosingDate(), violations);
    }
  }

  private static void phaseWindow(
      TaskDraft next, LocalDate opening, LocalDate closing, List<RuleViolation> violations) {
    if (next.phase() == null || opening == null || closing == null) {
      return;
    }
    if (!next.phase().contains(next.deadline(), opening, closing)) {
      Object phase = resolvable("phase." + next.phase());
      Object window = resolvable("task.phaseWindow." + next.phase(), day(opening), day(closing));
      violations.add(
          next.deadlineAnchor().isRelative()
              ? new RuleViolation(
                  "deadlineOffsetDays",
                  "task.deadlineOffsetDays.outsidePhase",
                  next.deadlineText(),
                  phase,
                  window)
              : new RuleViolation("deadline", "task.deadline.outsidePhase", phase, window));
    }
  }

  /** D2: a task linked to a milestone is due on or before the milestone. */
  private static void milestoneCap(TaskDraft next, List<RuleViolation> violations) {
    if (next.milestone() != null) {
      milestoneCap(next, next.milestone().getDueDate(), violations);
    }
  }

  private static void milestoneCap(TaskDraft next, LocalDate due, List<RuleViolation> violations) {
    Milestone m = next.milestone();
    if (m != null && due != null && next.deadline().isAfter(due)) {
      violations.add(
          next.deadlineAnchor().isRelative()
              ? new RuleViolation(
                  "deadlineOffsetDays",
                  "task.deadlineOffsetDays.afterMilestone",
                  next.deadlineText(),
                  m.getTitle(),
                  day(due))
              : new RuleViolation(
                  "deadline", "task.deadline.afterMilestone", m.getTitle(), day(due)));
    }
  }

  /** D3. */
  private static void startBeforeDeadline(TaskDraft next, List<RuleViolation> violations) {
    if (next.startDate() != null && next.startDate().isAfter(next.deadline())) {
      violations.add(
          new RuleViolation("startDate", "task.startDate.afterDeadline", next.deadlineText()));
    }
  }

  /**
   * D4: while a milestone is submitted or approved, what was submitted must not shift under the
   * reviewers: no task is linked to it or unlinked from it, and its tasks' deadlines stay put.
   */
  private static void frozenMilestone(
      Task current, TaskDraft next, List<RuleViolation> violations) {
    Milestone before = current == null ? null : current.getMilestone();
    Milestone after = next.milestone();
    if (!same(before, after)) {
      if (before != null && before.isFrozen()) {
        violations.add(
            new RuleViolation(
                "milestone", "task.milestone.frozenUnlink", before.getTitle(), status(before)));
      }
      if (after != null && after.isFrozen()) {
        violations.add(
            new RuleViolation(
                "milestone", "task.milestone.frozenLink", after.getTitle(), status(after)));
      }
    }
    if (current != null && !Objects.equals(current.getDeadline(), next.deadline())) {
      Milestone frozen =
          before != null && before.isFrozen()
              ? before
              : after != null && after.isFrozen() ? after : null;
      if (frozen != null) {
        violations.add(
            new RuleViolation(
                next.deadlineField(),
                "task.deadline.milestoneFrozen",
                frozen.getTitle(),
                status(frozen)));
      }
    }
  }

  /**
   * D5: the deadline of a task that is overdue today (not done, deadline passed) moves only by a
   * leader's decision with a reason, which the history keeps.
   */
  private void overdueExtension(
      Task current, TaskDraft next, Actor actor, List<RuleViolation> violations) {
    if (current == null || Objects.equals(current.getDeadline(), next.deadline())) {
      return;
    }
    LocalDate today = today();
    DeadlineStatus now =
        DeadlineStatus.of(
            current.getStatus(), current.getDeadline(), current.getCompletedOn(), today, 0);
    if (now != DeadlineStatus.OVERDUE) {
      return;
    }
    if (!actor.isLeader()) {
      violations.add(
          new RuleViolation(
              next.deadlineField(),
              "task.deadline.extensionNotAllowed",
              day(current.getDeadline()),
              DeadlineStatus.daysOverdue(current.getDeadline(), today)));
    } else if (isBlank(next.deadlineChangeReason())) {
      violations.add(
          new RuleViolation(
              "deadlineChangeReason",
              "task.deadlineChangeReason.required",
              day(current.getDeadline())));
    }
  }

  /** D6: a completed task says when (not in the future, not before it started) and with what. */
  private void completion(TaskDraft next, List<RuleViolation> violations) {
    if (next.status() != TaskStatus.DONE) {
      return;
    }
    LocalDate completedOn = next.completedOn();
    if (completedOn == null) {
      violations.add(new RuleViolation("completedOn", "task.completedOn.required"));
    } else {
      if (completedOn.isAfter(today())) {
        violations.add(new RuleViolation("completedOn", "task.completedOn.inFuture", day(today())));
      }
      if (next.startDate() != null && completedOn.isBefore(next.startDate())) {
        violations.add(
            new RuleViolation(
                "completedOn", "task.completedOn.beforeStart", day(next.startDate())));
      }
    }
    if (isBlank(next.resultNote())) {
      violations.add(new RuleViolation("resultNote", "task.resultNote.required"));
    }
  }

  private static Object status(Milestone m) {
    return resolvable("milestoneStatus." + m.getStatus());
  }

  /** A message argument that is itself a message (resolved in the reader's language). */
  static DefaultMessageSourceResolvable resolvable(String code, Object... args) {
    return new DefaultMessageSourceResolvable(new String[] {code}, args, code);
  }

  static String day(LocalDate date) {
    return Formats.formatDate(date);
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** Same record: the same instance, or the same id once persisted. */
  static boolean same(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    Object idA = idOf(a);
    return idA != null && idA.equals(idOf(b));
  }

  private static Object idOf(Object entity) {
    if (entity instanceof Department d) {
      return d.getId();
    }
    if (entity instanceof Milestone m) {
      return m.getId();
    }
    if (entity instanceof Congress c) {
      return c.getId();
    }
    return null;
  }
}
