package vn.congressplanner.budget;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.milestone.MilestoneStatus;

/**
 * The dashboard's budget card ({@code ${@budgetCard.current()}} in the dashboard template): the
 * first estimate of the current congress with its total, status and link. A template-side read so
 * that the dashboard module needs no dependency on the budget.
 */
@Component("budgetCard")
public class BudgetCard {

  private final BudgetService budget;
  private final CongressService congresses;

  BudgetCard(BudgetService budget, CongressService congresses) {
    this.budget = budget;
    this.congresses = congresses;
  }

  /** What the card shows; {@code actual} null until something is settled. */
  public record Card(
      long milestoneId,
      String title,
      MilestoneStatus status,
      BigDecimal total,
      BigDecimal actual,
      int estimates) {}

  /** The card of the current congress's first estimate, or null when it has none. */
  public Card current() {
    return congresses
        .currentIfAny()
        .map(c -> budget.summaries(c.getId()))
        .filter(s -> !s.isEmpty())
        .map(BudgetCard::card)
        .orElse(null);
  }

  private static Card card(List<BudgetService.EstimateSummary> summaries) {
    BudgetService.EstimateSummary first = summaries.get(0);
    return new Card(
        first.milestoneId(),
        first.title(),
        first.status(),
        first.estimateTotal(),
        first.actualTotal(),
        summaries.size());
  }
}
