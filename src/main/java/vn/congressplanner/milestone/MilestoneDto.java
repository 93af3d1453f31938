package vn.congressplanner.milestone;

import java.time.LocalDate;
import vn.congressplanner.congress.Workstream;

/**
 * The JSON shape of a milestone in API v1, in {@code /api/v1/milestones} and in {@code
 * /api/v1/dashboard}: its own record, not the page's model, so that the contract with other systems
 * changes only on purpose. {@code dueRule} is "D−30"/"C+7" for a due date tied to the congress
 * (D13), {@code null} for a fixed one; {@code dueDate} is always the effective date.
 */
public record MilestoneDto(
    long id,
    String title,
    Workstream workstream,
    LocalDate dueDate,
    MilestoneStatus status,
    boolean late,
    String responsibleDepartment,
    Long daysLeft,
    String dueRule) {

  public static MilestoneDto of(MilestoneLine m) {
    return new MilestoneDto(
        m.id(),
        m.title(),
        m.workstream(),
        m.dueDate(),
        m.status(),
        m.late(),
        m.responsibleDepartment(),
        m.daysLeft(),
        m.dueCode());
  }
}
