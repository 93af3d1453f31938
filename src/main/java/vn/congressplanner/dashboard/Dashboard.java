package vn.congressplanner.dashboard;

import java.time.LocalDate;
import java.util.List;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.milestone.MilestoneLine;
import vn.congressplanner.task.DeadlineStatus;
import vn.congressplanner.task.TaskFilter;
import vn.congressplanner.task.TaskStatus;

/**
 * The plan at a glance for one viewer's clearance on one day. Every count comes with the task
 * filter that lists exactly the counted tasks, so that the page can link each number to the list.
 *
 * @param day the day statuses are classified on (the requested "as of" date, or today)
 * @param asOf the requested "as of" date, {@code null} for today
 * @param byDepartment departments that lead or cooperate on a visible task, in name order
 */
public record Dashboard(
    CongressInfo congress,
    LocalDate day,
    LocalDate asOf,
    int dueSoonDays,
    Clearance clearance,
    Row overall,
    List<Row> byWorkstream,
    List<Row> byPhase,
    List<Row> byDepartment,
    List<MilestoneLine> milestones,
    List<TaskLine> upcoming,
    List<TaskLine> mostOverdue) {

  /** Upcoming deadlines: this many days ahead of the day. */
  public static final int UPCOMING_DAYS = 14;

  public static final int UPCOMING_LIMIT = 15;
  public static final int MOST_OVERDUE_LIMIT = 10;

  /** The departments as a league table: most overdue first, then most due soon, then by name. */
  public List<Row> league() {
    return byDepartment.stream().sorted(DashboardService.BY_OVERDUE).toList();
  }

  /** Days from the day to the opening (negative once it has opened). */
  public long daysToOpening() {
    return java.time.temporal.ChronoUnit.DAYS.between(day, congress.openingDate());
  }

  /** Where the day lies relative to the congress: BEFORE, DURING or AFTER. */
  public vn.congressplanner.congress.Phase congressPhase() {
    return vn.congressplanner.congress.Phase.of(
        day, congress.openingDate(), congress.closingDate());
  }

  /** The filter for the upcoming-deadlines list (done tasks included: the list has no "open"). */
  public TaskFilter upcomingWindow() {
    return new TaskFilter(
        null, null, null, null, null, null, null, null, day, day.plusDays(UPCOMING_DAYS), asOf);
  }

  public record CongressInfo(
      long id, String name, String venue, LocalDate openingDate, LocalDate closingDate) {}

  /**
   * One row of counts. {@code metric} prefixes its {@code data-metric} names ("" for the whole
   * plan, "PROPAGANDA.", "dept.12."); {@code labelKey} is a message key, or {@code null} when
   * {@code label} is the text itself (department names).
   */
  public record Row(
      String metric,
      String labelKey,
      String label,
      Long departmentId,
      TaskFilter filter,
      Counts counts) {

    public String metric(String what) {
      return metric + what;
    }
  }

  public record TaskLine(
      long id,
      String title,
      Workstream workstream,
      String leadDepartment,
      LocalDate deadline,
      TaskStatus status,
      DeadlineStatus deadlineStatus,
      int progress,
      Clearance confidentiality,
      long daysLeft) {

    public long daysOverdue() {
      return Math.max(0, -daysLeft);
    }
  }
}
