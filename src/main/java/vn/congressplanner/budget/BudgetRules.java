package vn.congressplanner.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.congressplanner.milestone.MilestoneStatus;
import vn.congressplanner.system.Formats;
import vn.congressplanner.system.RuleViolation;

/**
 * The budget's rules, free of persistence so that each can be tested at its edges: the amount
 * computation (half-up to whole đồng, bounded by 10¹⁵), the line's fields, D10 (lines change only
 * while the estimate is open or returned) and D11 (actual amounts only on an approved estimate).
 */
final class BudgetRules {

  /** 10¹⁵ đồng: the largest amount a line (or an actual) may have. */
  static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(15);

  /** What NUMERIC(14,2) holds. */
  static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999999.99");

  static final int ITEM_MAX = 500;
  static final int UNIT_MAX = 60;
  static final int NOTE_MAX = 2000;

  private BudgetRules() {}

  /** Quantity × unit price, rounded half-up to whole đồng. */
  static BigDecimal amount(BigDecimal quantity, BigDecimal unitPrice) {
    return quantity.multiply(unitPrice).setScale(0, RoundingMode.HALF_UP);
  }

  /** D10: lines are added, changed or removed only while the estimate is open or returned. */
  static boolean linesMayChange(MilestoneStatus status) {
    return status == MilestoneStatus.OPEN || status == MilestoneStatus.RETURNED;
  }

  /** D11: actual amounts (and unplanned lines) only on an approved estimate. */
  static boolean maySettle(MilestoneStatus status) {
    return status == MilestoneStatus.APPROVED;
  }

  /** The description of any line: category, item, unit, department, note. */
  static void checkDescription(
      BudgetCategory category,
      String item,
      String unit,
      Long department,
      String note,
      List<RuleViolation> violations) {
    if (category == null) {
      violations.add(new RuleViolation("category", "NotNull"));
    }
    if (item == null) {
      violations.add(new RuleViolation("item", "NotBlank"));
    } else if (item.length() > ITEM_MAX) {
      violations.add(new RuleViolation("item", "budget.tooLong", ITEM_MAX));
    }
    if (unit != null && unit.length() > UNIT_MAX) {
      violations.add(new RuleViolation("unit", "budget.tooLong", UNIT_MAX));
    }
    if (note != null && note.length() > NOTE_MAX) {
      violations.add(new RuleViolation("note", "budget.tooLong", NOTE_MAX));
    }
    if (department == null) {
      violations.add(new RuleViolation("department", "NotNull"));
    }
  }

  /** Quantity (> 0, two decimals at most), unit price (whole đồng ≥ 0), amount ≤ 10¹⁵. */
  static List<RuleViolation> checkEstimate(BigDecimal quantity, BigDecimal unitPrice) {
    List<RuleViolation> violations = new ArrayList<>();
    if (quantity == null) {
      violations.add(new RuleViolation("quantity", "NotNull"));
    } else if (quantity.signum() <= 0) {
      violations.add(new RuleViolation("quantity", "budget.quantity.positive"));
    } else if (quantity.stripTrailingZeros().scale() > 2) {
      violations.add(new RuleViolation("quantity", "budget.quantity.decimals"));
    } else if (quantity.compareTo(MAX_QUANTITY) > 0) {
      violations.add(new RuleViolation("quantity", "budget.quantity.tooLarge"));
    }
    if (unitPrice == null) {
      violations.add(new RuleViolation("unitPrice", "NotNull"));
    } else if (unitPrice.signum() < 0) {
      violations.add(new RuleViolation("unitPrice", "budget.unitPrice.negative"));
    } else if (unitPrice.stripTrailingZeros().scale() > 0) {
      violations.add(new RuleViolation("unitPrice", "budget.unitPrice.whole"));
    }
    if (violations.isEmpty() && amount(quantity, unitPrice).compareTo(MAX_AMOUNT) > 0) {
      violations.add(
          new RuleViolation(
              "unitPrice", "budget.amount.tooLarge", Formats.formatMoney(MAX_AMOUNT)));
    }
    return violations;
  }

  /** D11's amount: whole đồng, ≥ 0, ≤ 10¹⁵. */
  static List<RuleViolation> checkActual(BigDecimal actual) {
    List<RuleViolation> violations = new ArrayList<>();
    if (actual == null) {
      violations.add(new RuleViolation("actualAmount", "NotNull"));
    } else if (actual.signum() < 0) {
      violations.add(new RuleViolation("actualAmount", "budget.actual.negative"));
    } else if (actual.stripTrailingZeros().scale() > 0) {
      violations.add(new RuleViolation("actualAmount", "budget.actual.whole"));
    } else if (actual.compareTo(MAX_AMOUNT) > 0) {
      violations.add(
          new RuleViolation(
              "actualAmount", "budget.amount.tooLarge", Formats.formatMoney(MAX_AMOUNT)));
    }
    return violations;
  }
}
