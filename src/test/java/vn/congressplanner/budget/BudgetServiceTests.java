package vn.congressplanner.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.congressplanner.budget.BudgetCategory.ACCOMMODATION;
import static vn.congressplanner.budget.BudgetCategory.DECORATION;
import static vn.congressplanner.budget.BudgetCategory.PRINTING;
import static vn.congressplanner.budget.BudgetCategory.SECURITY;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.congressplanner.account.Actor;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.milestone.MilestoneStatus;
import vn.congressplanner.support.IntegrationTest;
import vn.congressplanner.system.ConflictException;
import vn.congressplanner.system.ForbiddenException;
import vn.congressplanner.system.NotFoundException;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;

/**
 * The budget service against PostgreSQL: D10 in every milestone status, D11 before and after
 * approval, access, stale versions, history, and the totals (grouped by the database) of a known
 * data set. Every test makes its own estimate; every refusal proves the budget tables unchanged.
 */
@IntegrationTest
class BudgetServiceTests {

  @Autowired BudgetService budget;
  @Autowired ApplicationContext context;

  BudgetFixtures data;
  Actor staff; // tuyengiao, Ban Tuyên giáo (TGTU)
  Actor otherStaff; // congan, Công an tỉnh (CAT)
  Actor leader;

  @BeforeEach
  void setUp() {
    data = BudgetFixtures.from(context);
    staff = data.actor("tuyengiao");
    otherStaff = data.actor("congan");
    leader = data.actor("lanhdao");
  }

  /** An estimate brought to {@code status} through the workflow, with one TGTU line. */
  Milestone estimateIn(MilestoneStatus status, long[] lineId) {
    Milestone m = data.estimate();
    lineId[0] =
        data.line(m.getId(), DECORATION, "Hoa tươi", "3", "6500000", "TGTU", "tuyengiao").getId();
    switch (status) {
      case OPEN -> {}
      case SUBMITTED -> data.submit(m.getId());
      case APPROVED -> {
        data.submit(m.getId());
        data.approve(m.getId());
      }
      case RETURNED -> {
        data.submit(m.getId());
        data.returnIt(m.getId());
      }
    }
    return m;
  }

  // ------------------------------------------------------------------------ D10

  @ParameterizedTest(name = "D10 while {0}")
  @EnumSource(MilestoneStatus.class)
  void linesChangeOnlyWhileOpenOrReturned(MilestoneStatus status) {
    long[] id = new long[1];
    Milestone m = estimateIn(status, id);
    boolean allowed = status == MilestoneStatus.OPEN || status == MilestoneStatus.RETURNED;
    Long dept = data.department("TGTU").getId();
    var add = BudgetFixtures.fields(PRINTING, "Thẻ đại biểu", "700", "25000", dept);
    var change = BudgetFixtures.fields(DECORATION, "Hoa tươi", "4", "6500000", dept);

    if (allowed) {
      assertThat(budget.add(m.getId(), add, staff).getAmount()).isEqualByComparingTo("17500000");
      assertThat(budget.update(id[0], change, staff).getAmount()).isEqualByComparingTo("26000000");
      budget.remove(id[0], null, staff);
      assertThat(budget.estimate(m.getId()).total().estimate()).isEqualByComparingTo("17500000");
      return;
    }
    Map<String, Object> before = data.snapshot(m.getId());
    for (Runnable attempt :
        new Runnable[] {
          () -> budget.add(m.getId(), add, staff),
          () -> budget.update(id[0], change, staff),
          () -> budget.remove(id[0], null, staff),
          () -> budget.add(m.getId(), add, leader),
        }) {
      if (status == MilestoneStatus.APPROVED) {
        // Approved: a new line is an unplanned one and needs an actual amount (D11) instead.
        assertThatThrownBy(attempt::run).isInstanceOf(RuleViolationException.class);
      } else {
        assertThatThrownBy(attempt::run)
            .isInstanceOfSatisfying(
                RuleViolationException.class,
                e ->
                    assertThat(e.violations())
                        .extracting(RuleViolation::code)
                        .containsExactly("budget.frozen"));
      }
    }
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  // ------------------------------------------------------------------------ D11

  @Test
  void actualAmountsAreRefusedBeforeApprovalAndRecordedAfter() {
    long[] id = new long[1];
    Milestone m = estimateIn(MilestoneStatus.OPEN, id);
    for (Runnable step :
        new Runnable[] {
          () -> {},
          () -> data.submit(m.getId()),
          () -> {
            data.returnIt(m.getId());
          },
          () -> data.submit(m.getId())
        }) {
      step.run();
      Map<String, Object> before = data.snapshot(m.getId());
      assertThatThrownBy(
              () -> budget.recordActual(id[0], new BigDecimal("19000000"), null, null, staff))
          .isInstanceOfSatisfying(
              RuleViolationException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(RuleViolation::code)
                      .containsExactly("budget.settle.notApproved"));
      assertThat(data.snapshot(m.getId())).isEqualTo(before);
    }

    data.approve(m.getId());
    BudgetLine settled =
        budget.recordActual(id[0], new BigDecimal("21000000"), "Giá hoa tăng", null, staff);
    assertThat(settled.getActualAmount()).isEqualByComparingTo("21000000");
    assertThat(settled.getDifference()).isEqualByComparingTo("1500000");
    assertThat(settled.isOverEstimate()).isTrue();

    // An unplanned line: no estimate, marked unplanned, its actual counts in the actual total.
    BudgetLine unplanned =
        budget.add(
            m.getId(),
            new BudgetService.LineFields(
                SECURITY,
                "Thuê thêm barie",
                "bộ",
                null,
                null,
                data.department("TGTU").getId(),
                null,
                new BigDecimal("3000000"),
                null),
            staff);
    assertThat(unplanned.isUnplanned()).isTrue();
    assertThat(unplanned.getAmount()).isNull();
    assertThat(unplanned.isOverEstimate()).isFalse();
    BudgetService.Estimate e = budget.estimate(m.getId());
    assertThat(e.total().estimate()).isEqualByComparingTo("19500000");
    assertThat(e.total().actual()).isEqualByComparingTo("24000000");
    assertThat(e.total().difference()).isEqualByComparingTo("4500000");
    assertThat(e.settled()).isTrue();
  }

  @Test
  void anActualAmountMustBeWholeDongAndNotNegative() {
    long[] id = new long[1];
    Milestone m = estimateIn(MilestoneStatus.APPROVED, id);
    Map<String, Object> before = data.snapshot(m.getId());
    assertThatThrownBy(() -> budget.recordActual(id[0], new BigDecimal("-1"), null, null, staff))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> budget.recordActual(id[0], new BigDecimal("10.5"), null, null, staff))
        .isInstanceOf(RuleViolationException.class);
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
    assertThat(budget.recordActual(id[0], BigDecimal.ZERO, null, null, staff).getDifference())
        .isEqualByComparingTo("-19500000");
  }

  // ------------------------------------------------------------------------ access

  @Test
  void staffChangeOnlyTheirOwnDepartmentsLines() {
    long[] id = new long[1];
    Milestone m = estimateIn(MilestoneStatus.OPEN, id);
    Long tgtu = data.department("TGTU").getId();
    Long cat = data.department("CAT").getId();
    Map<String, Object> before = data.snapshot(m.getId());

    assertThatThrownBy(
            () ->
                budget.update(
                    id[0], BudgetFixtures.fields(DECORATION, "Hoa", "1", "1", tgtu), otherStaff))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> budget.remove(id[0], null, otherStaff))
        .isInstanceOf(ForbiddenException.class);
    // Adding for another department, or moving one's own line there: refused next to the field.
    assertThatThrownBy(
            () ->
                budget.add(
                    m.getId(),
                    BudgetFixtures.fields(SECURITY, "Barie", "1", "1", tgtu),
                    otherStaff))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(RuleViolation::field, RuleViolation::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "department", "budget.department.notOwn")));
    assertThatThrownBy(
            () ->
                budget.update(
                    id[0], BudgetFixtures.fields(DECORATION, "Hoa", "1", "1", cat), staff))
        .isInstanceOf(RuleViolationException.class);
    assertThat(data.snapshot(m.getId())).isEqualTo(before);

    // Leaders and admins change every line, for any department.
    assertThat(
            budget
                .update(id[0], BudgetFixtures.fields(DECORATION, "Hoa", "2", "1000", cat), leader)
                .getDepartment()
                .getCode())
        .isEqualTo("CAT");
    assertThat(budget.canEdit(budget.line(id[0]), staff)).isFalse();
    assertThat(budget.canEdit(budget.line(id[0]), otherStaff)).isTrue();
  }

  @Test
  void aStaleVersionIsAConflictAndChangesNothing() {
    long[] id = new long[1];
    Milestone m = estimateIn(MilestoneStatus.OPEN, id);
    BudgetLine line = budget.line(id[0]);
    long version = line.getVersion();
    Long dept = data.department("TGTU").getId();
    budget.update(
        id[0],
        withVersion(BudgetFixtures.fields(DECORATION, "Hoa tươi", "4", "6500000", dept), version),
        staff);
    Map<String, Object> before = data.snapshot(m.getId());

    assertThatThrownBy(
            () ->
                budget.update(
                    id[0],
                    withVersion(
                        BudgetFixtures.fields(DECORATION, "Hoa tươi", "5", "6500000", dept),
                        version),
                    staff))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> budget.remove(id[0], version, staff))
        .isInstanceOf(ConflictException.class);
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  static BudgetService.LineFields withVersion(BudgetService.LineFields f, long version) {
    return new BudgetService.LineFields(
        f.category(),
        f.item(),
        f.unit(),
        f.quantity(),
        f.unitPrice(),
        f.department(),
        f.note(),
        f.actualAmount(),
        version);
  }

  @Test
  void anInvalidLineIsRefusedWithEveryFieldAndChangesNothing() {
    Milestone m = data.estimate();
    Map<String, Object> before = data.snapshot(m.getId());
    assertThatThrownBy(
            () ->
                budget.add(
                    m.getId(),
                    new BudgetService.LineFields(
                        null,
                        "  ",
                        null,
                        new BigDecimal("1.005"),
                        new BigDecimal("-5"),
                        null,
                        null,
                        null,
                        null),
                    staff))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(RuleViolation::field)
                    .containsExactlyInAnyOrder(
                        "category", "item", "quantity", "unitPrice", "department"));
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  @Test
  void anotherKindOfMilestoneHasNoEstimate() {
    Long plan =
        data.jdbc.queryForObject("select min(id) from milestone where kind = 'PLAN'", Long.class);
    assertThatThrownBy(() -> budget.estimate(plan)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                budget.add(
                    plan,
                    BudgetFixtures.fields(
                        DECORATION, "x", "1", "1", data.department("TGTU").getId()),
                    staff))
        .isInstanceOf(NotFoundException.class);
  }

  // ------------------------------------------------------------------------ history

  @Test
  void everyChangeIsInTheHistoryWithOldAndNewValues() {
    long[] id = new long[1];
    Milestone m = estimateIn(MilestoneStatus.OPEN, id);
    Long dept = data.department("TGTU").getId();
    budget.update(
        id[0], BudgetFixtures.fields(DECORATION, "Hoa tươi", "4", "6500000", dept), staff);
    budget.remove(id[0], null, staff);

    var entries = budget.history(m.getId());
    assertThat(entries)
        .extracting(h -> h.getField() + ":" + h.getOldValue() + "→" + h.getNewValue())
        .contains(
            "item:null→Hoa tươi",
            "amount:null→19500000",
            "quantity:3→4",
            "amount:19500000→26000000",
            "action:null→REMOVED",
            "amount:26000000→null");
    assertThat(entries).allSatisfy(h -> assertThat(h.getActor()).isEqualTo("tuyengiao"));
    assertThat(budget.estimate(m.getId()).empty()).isTrue();
    assertThatThrownBy(() -> budget.line(id[0])).isInstanceOf(NotFoundException.class);
  }

  // ------------------------------------------------------------------------ totals

  @Test
  void totalsByCategoryDepartmentAndOverallOfAKnownDataSet() {
    Milestone m = data.estimate();
    long id = m.getId();
    data.line(id, DECORATION, "Phông khánh tiết", "1", "85000000", "TGTU", "admin");
    data.line(id, DECORATION, "Hoa tươi", "3", "6500000", "CAT", "admin");
    data.line(id, ACCOMMODATION, "Tiền ăn đại biểu", "975", "200000", "TGTU", "admin");
    data.line(id, ACCOMMODATION, "Nước uống", "1335", "40000", "CAT", "admin");
    data.line(id, PRINTING, "Xăng", "2850.5", "20500", "TGTU", "admin");
    data.line(id, PRINTING, "Nửa đồng", "0.01", "50", "TGTU", "admin"); // 0.5 → 1
    BudgetLine removed = data.line(id, PRINTING, "Bỏ", "1", "999", "TGTU", "admin");
    budget.remove(removed.getId(), null, data.actor("admin"));

    BudgetService.Estimate e = budget.estimate(id);
    assertThat(e.total().estimate()).isEqualByComparingTo("411335251");
    assertThat(e.total().lines()).isEqualTo(6);
    assertThat(e.total().actual()).isNull();
    assertThat(e.categoryTotals()).containsOnlyKeys(DECORATION, ACCOMMODATION, PRINTING);
    assertThat(e.categoryTotals().get(DECORATION).estimate()).isEqualByComparingTo("104500000");
    assertThat(e.categoryTotals().get(ACCOMMODATION).estimate()).isEqualByComparingTo("248400000");
    assertThat(e.categoryTotals().get(PRINTING).estimate()).isEqualByComparingTo("58435251");
    assertThat(e.departmentTotals())
        .extracting(d -> d.name() + "=" + d.totals().estimate().toPlainString())
        .containsExactlyInAnyOrder("Ban Tuyên giáo Tỉnh ủy=338435251", "Công an tỉnh=72900000");
    assertThat(e.groups())
        .extracting(BudgetService.CategoryGroup::category)
        .containsExactly(DECORATION, ACCOMMODATION, PRINTING);

    BudgetService.EstimateSummary summary =
        budget.summaries(m.getCongress().getId()).stream()
            .filter(s -> s.milestoneId() == id)
            .findFirst()
            .orElseThrow();
    assertThat(summary.estimateTotal()).isEqualByComparingTo("411335251");
    assertThat(summary.actualTotal()).isNull();
    assertThat(summary.status()).isEqualTo(MilestoneStatus.OPEN);
    assertThat(summary.categories()).hasSize(8);
    assertThat(summary.categories().get(SECURITY).estimate()).isEqualByComparingTo("0");
    assertThat(summary.categories().get(PRINTING).estimate()).isEqualByComparingTo("58435251");
  }

  @Test
  void theDemoEstimateHasLinesInEveryCategory() {
    Long demo = budget.defaultEstimate().orElseThrow();
    BudgetService.Estimate e = budget.estimate(demo);
    assertThat(e.categoryTotals()).containsOnlyKeys(BudgetCategory.values());
    assertThat(e.total().estimate()).isGreaterThan(new BigDecimal("1000000000"));
  }
}
