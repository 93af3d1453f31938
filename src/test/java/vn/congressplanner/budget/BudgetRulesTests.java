package vn.congressplanner.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.congressplanner.milestone.MilestoneStatus;
import vn.congressplanner.system.RuleViolation;

/** The amount computation and the line rules at their edges, without a database. */
class BudgetRulesTests {

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @ParameterizedTest(name = "{0} × {1} = {2}")
  @CsvSource({
    // half-up to whole đồng: .5 goes up, .49 down
    "0.01, 50, 1",
    "0.01, 49, 0",
    "0.5, 1, 1",
    "0.49, 1, 0",
    "2.5, 3, 8",
    "1.25, 2, 3",
    "0.005, 1, 0", // 0.005 đồng rounds to nothing
    "0.005, 100, 1", // 0.5 đồng rounds up
    "0.005, 99, 0", // 0.495 đồng rounds down
    "975, 200000, 195000000",
    "2850.5, 20500, 58435250",
    "1, 0, 0",
  })
  void amountIsQuantityTimesUnitPriceRoundedHalfUpToWholeDong(
      String quantity, String price, String amount) {
    BigDecimal result = BudgetRules.amount(d(quantity), d(price));
    assertThat(result).isEqualByComparingTo(amount);
    assertThat(result.scale()).isZero();
  }

  @ParameterizedTest(name = "{0} × {1}: {2}")
  @CsvSource({
    "1, 1000000000000000, ok",
    "1, 1000000000000001, tooLarge",
    "0.01, 100000000000000000, ok", // exactly 10^15
    "0.01, 100000000000000050, tooLarge", // 10^15 + 0.5 rounds up to 10^15 + 1
    "0.01, 100000000000000049, ok", // 10^15 + 0.49 rounds down to 10^15
    "999999999999.99, 1, ok",
    "999999999999.99, 1001, tooLarge",
  })
  void amountsAboveTenToTheFifteenAreRefusedNextToTheUnitPrice(
      String quantity, String price, String outcome) {
    List<RuleViolation> v = BudgetRules.checkEstimate(d(quantity), d(price));
    if (outcome.equals("ok")) {
      assertThat(v).isEmpty();
    } else {
      assertThat(v)
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.field()).isEqualTo("unitPrice");
                assertThat(x.code()).isEqualTo("budget.amount.tooLarge");
                assertThat(x.args()).containsExactly("1.000.000.000.000.000 ₫");
              });
    }
  }

  @ParameterizedTest(name = "quantity {0}, price {1}: {2} on {3}")
  @CsvSource({
    "0, 1000, budget.quantity.positive, quantity",
    "-1, 1000, budget.quantity.positive, quantity",
    "0.001, 1000, budget.quantity.decimals, quantity",
    "1.005, 1000, budget.quantity.decimals, quantity",
    "1000000000000, 1, budget.quantity.tooLarge, quantity",
    "1, -1, budget.unitPrice.negative, unitPrice",
    "1, 1000.5, budget.unitPrice.whole, unitPrice",
  })
  void quantityAndUnitPriceEdges(String quantity, String price, String code, String field) {
    assertThat(BudgetRules.checkEstimate(d(quantity), d(price)))
        .extracting(RuleViolation::field, RuleViolation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(field, code));
  }

  @ParameterizedTest(name = "quantity {0}, price {1} accepted")
  @CsvSource({"0.01, 0", "1.10, 1000", "1.5000, 1000.000", "12, 180000"})
  void acceptedEdges(String quantity, String price) {
    assertThat(BudgetRules.checkEstimate(d(quantity), d(price))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "-1, budget.actual.negative",
    "0.5, budget.actual.whole",
    "1000000000000001, budget.amount.tooLarge"
  })
  void actualAmountEdges(String actual, String code) {
    assertThat(BudgetRules.checkActual(d(actual)))
        .extracting(RuleViolation::code)
        .containsExactly(code);
  }

  @ParameterizedTest
  @CsvSource({"0", "1000000000000000", "12500000.00"})
  void acceptedActualAmounts(String actual) {
    assertThat(BudgetRules.checkActual(d(actual))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(MilestoneStatus.class)
  void d10LinesChangeOnlyWhileOpenOrReturned(MilestoneStatus status) {
    assertThat(BudgetRules.linesMayChange(status))
        .isEqualTo(status == MilestoneStatus.OPEN || status == MilestoneStatus.RETURNED);
  }

  @ParameterizedTest
  @EnumSource(MilestoneStatus.class)
  void d11SettlementOnlyOnceApproved(MilestoneStatus status) {
    assertThat(BudgetRules.maySettle(status)).isEqualTo(status == MilestoneStatus.APPROVED);
  }
}
