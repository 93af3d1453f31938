package vn.congressplanner.milestone;

import java.time.LocalDate;
import vn.congressplanner.congress.Workstream;

/**
 * A milestone as the dashboard and the API list it: {@code daysLeft} on the day asked about, or
 * {@code null} once it no longer awaits a submission; {@code dueCode} "D−30" or "C+7" when the due
 * date is tied to the congress (D13), else {@code null}. Milestones are not classified.
 */
public record MilestoneLine(
    long id,
    String title,
    Workstream workstream,
    LocalDate dueDate,
    MilestoneStatus status,
    boolean late,
    String responsibleDepartment,
    Long daysLeft,
    String dueCode) {

  /** Still to be submitted (open or returned): the due date still matters. */
  public boolean pending() {
    return daysLeft != null;
  }
}
