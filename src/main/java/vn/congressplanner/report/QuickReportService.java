package vn.congressplanner.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.bulletin.BulletinService;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.dashboard.Dashboard;
import vn.congressplanner.dashboard.DashboardService;
import vn.congressplanner.milestone.MilestoneService;
import vn.congressplanner.task.DeadlineStatus;

/**
 * Builds the quick report from the other modules' read models; it counts nothing itself. The task
 * numbers are {@link DashboardService}'s for the same day and reader, so that the report and the
 * dashboard always agree. A PDF leaves the building, so it is built from the dashboard of an
 * unclassified reader (classified tasks are never written to files, SPEC §2.6) and says how many of
 * the reader's tasks that leaves out.
 */
@Service
public class QuickReportService {

  private final DashboardService dashboards;
  private final CongressService congresses;
  private final MilestoneService milestones;
  private final BulletinService bulletins;
  private final ObjectProvider<BudgetFigures> budget;
  private final Clock clock;

  QuickReportService(
      DashboardService dashboards,
      CongressService congresses,
      MilestoneService milestones,
      BulletinService bulletins,
      ObjectProvider<BudgetFigures> budget,
      Clock clock) {
    this.dashboards = dashboards;
    this.congresses = congresses;
    this.milestones = milestones;
    this.bulletins = bulletins;
    this.budget = budget;
    this.clock = clock;
  }

  /**
   * The current congress's quick report as {@code actor} may read it on {@code asOf} (today when
   * {@code null}); for a PDF when {@code pdf}. Empty when no congress is set up.
   */
  public Optional<QuickReport> build(Actor actor, LocalDate asOf, boolean pdf) {
    Optional<Dashboard> visible = dashboards.forViewer(actor, asOf);
    if (visible.isEmpty()) {
      return Optional.empty();
    }
    Dashboard shown = visible.get();
    Clearance clearance = actor.clearance();
    long leftOut = 0;
    if (pdf && clearance != Clearance.NORMAL) {
      Actor unclassified =
          new Actor(
              actor.userId(),
              actor.username(),
              actor.fullName(),
              actor.role(),
              actor.departmentId(),
              Clearance.NORMAL);
      shown = dashboards.forViewer(unclassified, asOf).orElseThrow();
      leftOut = visible.get().overall().counts().total() - shown.overall().counts().total();
      clearance = Clearance.NORMAL;
    }
    Congress congress = congresses.get(shown.congress().id());
    return Optional.of(
        new QuickReport(
            new QuickReport.CongressFacts(
                congress.getName(),
                congress.getTerm(),
                congress.getVenue(),
                congress.getPreparatoryDate(),
                congress.getOpeningDate(),
                congress.getClosingDate(),
                congress.getDelegates()),
            shown.day(),
            shown.asOf(),
            pdf,
            clearance,
            leftOut,
            shown,
            shown.league().stream()
                .filter(r -> r.counts().get(DeadlineStatus.OVERDUE) > 0)
                .toList(),
            milestones(actor, shown),
            bulletins.summary(congress.getId(), shown.day()),
            budget(congress.getId()),
            clock.instant()));
  }

  /** The dashboard's milestone lines with the submission and approval times of each. */
  private List<QuickReport.MilestoneFacts> milestones(Actor actor, Dashboard d) {
    Map<Long, MilestoneService.Overview> byId =
        milestones.overview(actor).stream()
            .collect(
                Collectors.toMap(o -> o.milestone().getId(), Function.identity(), (a, b) -> a));
    return d.milestones().stream()
        .map(
            line -> {
              MilestoneService.Overview o = byId.get(line.id());
              return new QuickReport.MilestoneFacts(
                  line,
                  o == null ? null : o.milestone().getSubmittedAt(),
                  o == null ? null : o.milestone().getApprovedAt());
            })
        .toList();
  }

  private QuickReport.Budget budget(long congressId) {
    BudgetFigures figures = budget.getIfAvailable();
    if (figures == null) {
      return null;
    }
    List<BudgetFigures.EstimateFigures> estimates = List.copyOf(figures.estimates(congressId));
    BigDecimal estimateTotal = BigDecimal.ZERO;
    BigDecimal actualTotal = null;
    Map<String, BigDecimal[]> categories = new LinkedHashMap<>();
    for (BudgetFigures.EstimateFigures e : estimates) {
      estimateTotal = estimateTotal.add(orZero(e.estimateTotal()));
      if (e.actualTotal() != null) {
        actualTotal = orZero(actualTotal).add(e.actualTotal());
      }
      for (BudgetFigures.CategoryFigures c : e.categories()) {
        BigDecimal[] sums = categories.computeIfAbsent(c.category(), k -> new BigDecimal[2]);
        sums[0] = orZero(sums[0]).add(orZero(c.estimate()));
        if (c.actual() != null) {
          sums[1] = orZero(sums[1]).add(c.actual());
        }
      }
    }
    List<BudgetFigures.CategoryFigures> byCategory =
        categories.entrySet().stream()
            .map(
                e ->
                    new BudgetFigures.CategoryFigures(e.getKey(), e.getValue()[0], e.getValue()[1]))
            .toList();
    return new QuickReport.Budget(estimates, estimateTotal, actualTotal, byCategory);
  }

  private static BigDecimal orZero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
