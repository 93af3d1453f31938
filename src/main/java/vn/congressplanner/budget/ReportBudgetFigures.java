package vn.congressplanner.budget;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.report.BudgetFigures;

/**
 * The budget's part of the quick report: the estimates of a congress with their totals by category,
 * as {@link BudgetService#summaries} computes them (in the database).
 */
@Component
@Transactional(readOnly = true)
class ReportBudgetFigures implements BudgetFigures {

  private final BudgetService budget;

  ReportBudgetFigures(BudgetService budget) {
    this.budget = budget;
  }

  @Override
  public List<EstimateFigures> estimates(long congressId) {
    return budget.summaries(congressId).stream()
        .map(
            s ->
                new EstimateFigures(
                    s.milestoneId(),
                    s.title(),
                    s.status().name(),
                    s.estimateTotal(),
                    s.actualTotal(),
                    s.categories().entrySet().stream()
                        .map(
                            e ->
                                new CategoryFigures(
                                    e.getKey().name(),
                                    e.getValue().estimate(),
                                    e.getValue().actual()))
                        .toList()))
        .toList();
  }
}
