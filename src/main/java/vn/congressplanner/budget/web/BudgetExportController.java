package vn.congressplanner.budget.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.congressplanner.budget.BudgetService;
import vn.congressplanner.system.NotFoundException;

/**
 * {@code GET /budget/export?milestone=ID}: the estimate as XLSX (every signed-in user reads it).
 */
@Controller
class BudgetExportController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final BudgetService budget;
  private final BudgetWorkbook workbook;

  BudgetExportController(BudgetService budget, BudgetWorkbook workbook) {
    this.budget = budget;
    this.workbook = workbook;
  }

  @GetMapping("/budget/export")
  void export(
      @RequestParam(required = false) Long milestone, Locale locale, HttpServletResponse response)
      throws IOException {
    Long id = milestone != null ? milestone : budget.defaultEstimate().orElse(null);
    if (id == null) {
      throw new NotFoundException("estimate", "current");
    }
    BudgetService.Estimate estimate = budget.estimate(id);
    String name = "du-toan-kinh-phi-" + id + ".xlsx";
    response.setContentType(XLSX);
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + name
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode("Dự toán kinh phí " + id + ".xlsx", StandardCharsets.UTF_8)
                .replace("+", "%20"));
    workbook.write(estimate, locale, response.getOutputStream());
  }
}
