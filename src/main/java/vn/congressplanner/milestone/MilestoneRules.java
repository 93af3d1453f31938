package vn.congressplanner.milestone;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.congressplanner.account.Actor;
import vn.congressplanner.system.Formats;
import vn.congressplanner.system.RuleViolation;

/**
 * The milestone workflow's rules (D7, D8) and who may do what (SPEC §5), free of persistence so
 * that each rule can be tested at its edges with a fixed day. {@link MilestoneService} applies
 * them.
 */
final class MilestoneRules {

  private MilestoneRules() {}

  // --- who may act (SPEC §5) ---

  /** Create and edit milestones, change their dates (D8), approve and return (D7). */
  static boolean mayManage(Actor actor) {
    return actor != null && actor.isLeader();
  }

  /** Submit: the responsible department's staff, or a leader or admin. */
  static boolean maySubmit(Milestone milestone, Actor actor) {
    return mayManage(actor)
        || (actor != null && actor.belongsTo(milestone.getResponsibleDepartment().getId()));
  }

  // --- the workflow ---

  static boolean awaitsSubmission(Milestone milestone) {
    return milestone.awaitsSubmission();
  }

  static boolean awaitsReview(Milestone milestone) {
    return milestone.awaitsReview();
  }

  /** D7: submitting on the due date is on time; the day after is late. */
  static boolean isLate(LocalDate dueDate, LocalDate submittedOn) {
    return submittedOn.isAfter(dueDate);
  }

  /** Days past the due date on {@code day} (negative: days left). */
  static long daysLate(LocalDate dueDate, LocalDate day) {
    return ChronoUnit.DAYS.between(dueDate, day);
  }

  static List<RuleViolation> checkSubmit(Milestone milestone, LocalDate today, String lateReason) {
    List<RuleViolation> violations = new ArrayList<>();
    if (!awaitsSubmission(milestone)) {
      violations.add(new RuleViolation(null, "milestone.submit.notAllowed", status(milestone)));
      return violations;
    }
    if (isLate(milestone.getDueDate(), today) && lateReason == null) {
      violations.add(
          new RuleViolation(
              "lateReason",
              "milestone.lateReason.required",
              Formats.formatDate(milestone.getDueDate()),
              daysLate(milestone.getDueDate(), today)));
    }
    return violations;
  }

  /** Approve or return: only a submitted milestone; returning needs a comment (D7). */
  static List<RuleViolation> checkReview(Milestone milestone, boolean returning, String comment) {
    List<RuleViolation> violations = new ArrayList<>();
    if (!awaitsReview(milestone)) {
      violations.add(
          new RuleViolation(
              null,
              returning ? "milestone.return.notAllowed" : "milestone.approve.notAllowed",
              status(milestone)));
      return violations;
    }
    if (returning && comment == null) {
      violations.add(new RuleViolation("comment", "milestone.comment.required"));
    }
    return violations;
  }

  /**
   * D8: a due date change needs a reason and may not fall before a linked task's deadline. {@code
   * blocking} are the linked tasks due after {@code newDate}.
   */
  static List<RuleViolation> checkDateChange(
      LocalDate newDate, String reason, BlockingTasks blocking) {
    List<RuleViolation> violations = new ArrayList<>();
    if (reason == null) {
      violations.add(new RuleViolation("changeReason", "milestone.changeReason.required"));
    }
    if (blocking.blocks()) {
      violations.addAll(
          blocking.violations(
              "dueDate", "milestone.dueDate.beforeLinkedTasks", Formats.formatDate(newDate)));
    }
    return violations;
  }

  /** The status as a message argument, translated when the message is shown. */
  private static DefaultMessageSourceResolvable status(Milestone milestone) {
    return new DefaultMessageSourceResolvable("milestoneStatus." + milestone.getStatus());
  }
}
