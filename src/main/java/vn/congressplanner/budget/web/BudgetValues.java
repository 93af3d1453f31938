package vn.congressplanner.budget.web;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import vn.congressplanner.system.Formats;

/**
 * Recorded history values of budget lines shown the Vietnamese way ({@code @budgetValues} in
 * templates): amounts as {@code 1.234.567 ₫}, quantities as {@code 2,5}, a dash for nothing.
 */
@Component("budgetValues")
public class BudgetValues {

  public String show(String field, String raw) {
    if (raw == null) {
      return "–";
    }
    try {
      return switch (field) {
        case "amount", "unitPrice", "actualAmount" -> Formats.formatMoney(new BigDecimal(raw));
        case "quantity" -> Formats.formatNumber(new BigDecimal(raw));
        default -> raw;
      };
    } catch (NumberFormatException e) {
      return raw;
    }
  }
}
