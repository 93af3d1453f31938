package vn.congressplanner.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the quick report needs of the budget, published here so that the budget module can provide
 * it without the report depending on the budget's internals. When no bean implements it, the report
 * has no budget section.
 */
public interface BudgetFigures {

  /** The congress's estimates (BUDGET_ESTIMATE milestones) in due-date order. */
  List<EstimateFigures> estimates(long congressId);

  /**
   * One estimate. {@code status} is the milestone's {@code MilestoneStatus} name; {@code
   * actualTotal} is {@code null} until a settlement is recorded.
   */
  record EstimateFigures(
      long milestoneId,
      String title,
      String status,
      BigDecimal estimateTotal,
      BigDecimal actualTotal,
      List<CategoryFigures> categories) {}

  /**
   * One category's totals; {@code category} is the SPEC's code (DECORATION, ACCOMMODATION …), shown
   * through the message key {@code budgetCategory.{CODE}}; {@code actual} {@code null} when not
   * settled.
   */
  record CategoryFigures(String category, BigDecimal estimate, BigDecimal actual) {}
}
