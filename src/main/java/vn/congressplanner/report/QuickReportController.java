package vn.congressplanner.report;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.congressplanner.account.Actor;
import vn.congressplanner.dashboard.DashboardLinks;
import vn.congressplanner.system.DateParameter;
import vn.congressplanner.system.NotFoundException;
import vn.congressplanner.task.DeadlineStatus;

/**
 * The quick report (SPEC §2.10, §7): {@code /reports/quick} as a printable page, {@code
 * /reports/quick.pdf} as a download; both {@code ?asOf=yyyy-MM-dd}, both from {@link
 * QuickReportService}.
 */
@Controller
class QuickReportController {

  static final String PAGE = "reports/quick";
  static final String PDF = "reports/quick-pdf";

  private final QuickReportService reports;
  private final PdfRenderer pdf;

  QuickReportController(QuickReportService reports, PdfRenderer pdf) {
    this.reports = reports;
    this.pdf = pdf;
  }

  @GetMapping("/reports/quick")
  String page(
      @RequestParam(name = "asOf", required = false) String asOf,
      Actor actor,
      HttpServletRequest request,
      Model model) {
    DateParameter day = DateParameter.of(asOf);
    model.addAttribute("asOfInvalid", day.invalid());
    reports.build(actor, day.value(), false).ifPresent(r -> model.addAttribute("report", r));
    model.addAllAttributes(common(new DashboardLinks(request.getContextPath())));
    return PAGE;
  }

  @GetMapping("/reports/quick.pdf")
  ResponseEntity<byte[]> pdf(
      @RequestParam(name = "asOf", required = false) String asOf, Actor actor, Locale locale) {
    QuickReport report =
        reports
            .build(actor, DateParameter.of(asOf).value(), true)
            .orElseThrow(() -> new NotFoundException("congress", "current"));
    Map<String, Object> variables = new HashMap<>(common(new DashboardLinks("")));
    variables.put("report", report);
    byte[] body = pdf.render(PDF, variables, locale);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("bao-cao-nhanh-" + report.day() + ".pdf")
                .build()
                .toString())
        .header("X-Excluded-Count", Long.toString(report.leftOut()))
        .body(body);
  }

  private static Map<String, Object> common(DashboardLinks links) {
    return Map.of("links", links, "statuses", DeadlineStatus.values());
  }
}
