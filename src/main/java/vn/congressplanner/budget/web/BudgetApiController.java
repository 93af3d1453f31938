package vn.congressplanner.budget.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.congressplanner.budget.BudgetCategory;
import vn.congressplanner.budget.BudgetLine;
import vn.congressplanner.budget.BudgetService;
import vn.congressplanner.system.NotFoundException;

/**
 * {@code GET /api/v1/budget?milestone=ID}: the estimate's lines and totals as JSON, with the same
 * login and access as the page (every signed-in user reads budgets). Money in whole đồng as JSON
 * numbers, quantities with up to two decimals.
 */
@RestController
class BudgetApiController {

  private final BudgetService budget;

  BudgetApiController(BudgetService budget) {
    this.budget = budget;
  }

  record MilestoneDto(long id, String title, String status, LocalDate dueDate, boolean late) {}

  record LineDto(
      long id,
      BudgetCategory category,
      String item,
      String unit,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal amount,
      long departmentId,
      String department,
      String note,
      boolean unplanned,
      BigDecimal actualAmount,
      BigDecimal difference,
      boolean overEstimate,
      long version) {

    static LineDto of(BudgetLine l) {
      return new LineDto(
          l.getId(),
          l.getCategory(),
          l.getItem(),
          l.getUnit(),
          l.getQuantity(),
          l.getUnitPrice(),
          l.getAmount(),
          l.getDepartment().getId(),
          l.getDepartment().getName(),
          l.getNote(),
          l.isUnplanned(),
          l.getActualAmount(),
          l.getDifference(),
          l.isOverEstimate(),
          l.getVersion());
    }
  }

  record CategoryDto(BudgetCategory category, BigDecimal estimate, BigDecimal actual, long lines) {}

  record DepartmentDto(long id, String name, BigDecimal estimate, BigDecimal actual, long lines) {}

  record TotalsDto(
      BigDecimal estimate,
      BigDecimal actual,
      BigDecimal difference,
      long lines,
      List<CategoryDto> categories,
      List<DepartmentDto> departments) {}

  record BudgetDto(
      String congress,
      MilestoneDto milestone,
      int revisions,
      List<LineDto> lines,
      TotalsDto totals) {}

  @GetMapping(path = "/api/v1/budget", produces = "application/json")
  BudgetDto budget(@RequestParam(required = false) Long milestone) {
    Long id = milestone != null ? milestone : budget.defaultEstimate().orElse(null);
    if (id == null) {
      throw new NotFoundException("estimate", "current");
    }
    BudgetService.Estimate e = budget.estimate(id);
    var m = e.milestone();
    List<CategoryDto> categories =
        e.categoryTotals().entrySet().stream()
            .map(
                c ->
                    new CategoryDto(
                        c.getKey(),
                        c.getValue().estimate(),
                        c.getValue().actual(),
                        c.getValue().lines()))
            .toList();
    List<DepartmentDto> departments =
        e.departmentTotals().stream()
            .map(
                d ->
                    new DepartmentDto(
                        d.departmentId(),
                        d.name(),
                        d.totals().estimate(),
                        d.totals().actual(),
                        d.totals().lines()))
            .toList();
    return new BudgetDto(
        e.congressName(),
        new MilestoneDto(m.getId(), m.getTitle(), m.getStatus().name(), m.getDueDate(), m.isLate()),
        e.revisionCount(),
        e.allLines().stream().map(LineDto::of).toList(),
        new TotalsDto(
            e.total().estimate(),
            e.total().actual(),
            e.total().difference(),
            e.total().lines(),
            categories,
            departments));
  }
}
