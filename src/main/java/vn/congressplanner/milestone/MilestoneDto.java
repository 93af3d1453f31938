package vn.congressplanner.milestone;

import java.time.LocalDate;
import vn.congressplanner.congress.Workstream;

/**
 * The JSON shape of a milestone in API v1, in {@code /api/v1/milestones} and in {@code
 * /api/v1/dashboard}: its own record, not the page's model, so that the contract with other systems
 * changes only on purpose.
 */
public record MilestoneDto(
    long id,
    String title,
    Workstream workstream,
    LocalDate dueDate,
    MilestoneStatus status,
    boolean late,
    String responsibleDepartment,
    Long daysLeft) {

  public static MilestoneDto of(MilestoneLine m) {
    return new MilestoneDto(
        m.id(),
        m.title(),
        m.workstream(),
        m.dueDate(),
        m.status(),
        m.late(),
        m.responsibleDepartment(),
        m.daysLeft());
  }
}
