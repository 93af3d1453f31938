package vn.congressplanner.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.bulletin.BulletinService;
import vn.congressplanner.dashboard.Dashboard;
import vn.congressplanner.milestone.MilestoneLine;
import vn.congressplanner.task.DeadlineStatus;

/**
 * The quick report as of one day, for one reader and one medium. The task numbers are the
 * dashboard's ({@link #dashboard}); for the PDF they are the dashboard of an unclassified reader,
 * and {@link #leftOut} says how many of the reader's visible tasks that leaves out.
 *
 * @param budget {@code null} when no budget module provides {@link BudgetFigures}
 */
public record QuickReport(
    CongressFacts congress,
    LocalDate day,
    LocalDate asOf,
    boolean pdf,
    Clearance clearance,
    long leftOut,
    Dashboard dashboard,
    List<Dashboard.Row> departmentsWithOverdue,
    List<MilestoneFacts> milestones,
    BulletinService.Summary bulletins,
    Budget budget,
    Instant generatedAt) {

  public record CongressFacts(
      String name,
      String term,
      String venue,
      LocalDate preparatoryDate,
      LocalDate openingDate,
      LocalDate closingDate,
      Integer delegates) {}

  /**
   * A milestone with its dates: the dashboard's line plus when it was submitted and approved.
   * {@code late} is the milestone's own flag (D7: submitted after its due date).
   */
  public record MilestoneFacts(MilestoneLine line, Instant submittedAt, Instant approvedAt) {}

  /** The estimates and their sums (actual only over the settled ones). */
  public record Budget(
      List<BudgetFigures.EstimateFigures> estimates,
      BigDecimal estimateTotal,
      BigDecimal actualTotal,
      List<BudgetFigures.CategoryFigures> categories) {

    public boolean settled() {
      return actualTotal != null;
    }
  }

  /** A row's count of the deadline status named {@code status} (for templates). */
  public long count(Dashboard.Row row, String status) {
    return row.counts().get(DeadlineStatus.valueOf(status));
  }

  public DeadlineStatus status(String name) {
    return DeadlineStatus.valueOf(name);
  }

  /** The day's phase relative to the congress, for the report's opening sentence. */
  public String congressPhase() {
    return dashboard.congressPhase().name();
  }
}
