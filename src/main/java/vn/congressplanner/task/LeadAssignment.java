package vn.congressplanner.task;

import java.util.List;
import vn.congressplanner.system.RuleViolation;

/**
 * The outcome of a bulk lead-department assignment: the tasks that changed and those the rules
 * refused, each with its reasons.
 */
public record LeadAssignment(List<Changed> changed, List<Refused> refused) {

  public record Changed(long taskId, String title) {}

  /** {@code title} is {@code null} when the task does not exist for the actor. */
  public record Refused(long taskId, String title, List<RuleViolation> reasons) {}
}
