package vn.congressplanner.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.account.PlannerUserDetails;
import vn.congressplanner.bulletin.BulletinService;
import vn.congressplanner.bulletin.BulletinSession;
import vn.congressplanner.bulletin.CoverageKind;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.dashboard.DashboardFixture;
import vn.congressplanner.dashboard.DashboardService;
import vn.congressplanner.milestone.MilestoneService;
import vn.congressplanner.support.IntegrationTest;
import vn.congressplanner.system.RuleViolationException;

/**
 * The quick report against the dashboard's known plan ({@link DashboardFixture}: fourteen tasks on
 * the edges of every deadline status on 15/07/2019, one SECRET, one TOP_SECRET, one CONFIDENTIAL),
 * two bulletins of its congress and a stub budget: its numbers, the dashboard's for the same day
 * and reader, the budget section, and the PDF read back with PDFBox.
 */
@IntegrationTest
@TestPropertySource(properties = "planner.test.database=dashboard")
@Import(QuickReportTests.StubBudget.class)
class QuickReportTests {

  /** Stands in for the budget module, which provides the real figures. */
  @TestConfiguration
  static class StubBudget {
    @Bean
    BudgetFigures budgetFigures() {
      return congressId ->
          List.of(
              new BudgetFigures.EstimateFigures(
                  42L,
                  "Dự toán kinh phí kiểm thử",
                  "APPROVED",
                  new BigDecimal("1234567"),
                  new BigDecimal("1200000"),
                  List.of(
                      new BudgetFigures.CategoryFigures(
                          "ACCOMMODATION", new BigDecimal("1000000"), new BigDecimal("1100000")),
                      new BudgetFigures.CategoryFigures(
                          "DECORATION", new BigDecimal("234567"), new BigDecimal("100000")))));
    }
  }

  static final LocalDate OPENING = LocalDate.of(2019, 9, 10);
  static final LocalDate CLOSING = LocalDate.of(2019, 9, 12);

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService userDetails;
  @Autowired BulletinService bulletins;
  @Autowired QuickReportService reports;
  @Autowired DashboardService dashboards;
  @Autowired CongressService congresses;
  @Autowired MilestoneService milestones;
  @Autowired Clock clock;

  DashboardFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = DashboardFixture.in(context);
    if (!bulletins.hasBulletins(fixture.congressId)) {
      Actor author = actor("tuyengiao");
      long first =
          bulletins
              .recordHistorical(
                  OPENING,
                  BulletinSession.MORNING,
                  "Khai mạc Đại hội kiểm thử.\n\nĐoạn thứ hai.",
                  author,
                  OPENING.atTime(11, 0).atZone(clock.getZone()).toInstant())
              .getId();
      long last =
          bulletins
              .recordHistorical(
                  CLOSING,
                  BulletinSession.AFTERNOON,
                  "Bế mạc Đại hội kiểm thử.",
                  author,
                  CLOSING.atTime(17, 0).atZone(clock.getZone()).toInstant())
              .getId();
      item(first, "Báo kiểm thử", CoverageKind.PRINT, OPENING);
      item(first, "Đài kiểm thử", CoverageKind.TV, OPENING.plusDays(3)); // after the 11/9 report
      item(last, "Báo kiểm thử", CoverageKind.ONLINE, CLOSING);
    }
  }

  void item(long bulletin, String outlet, CoverageKind kind, LocalDate on) {
    bulletins.recordHistoricalCoverage(
        bulletin,
        new BulletinService.CoverageFields(outlet, kind, "Tin " + outlet, "https://x.vn/a", on),
        actor("tuyengiao"));
  }

  Actor actor(String username) {
    return ((PlannerUserDetails) userDetails.loadUserByUsername(username)).getActor();
  }

  MockHttpServletResponse fetch(String username, String path) throws Exception {
    return mvc.perform(get(path).with(user(userDetails.loadUserByUsername(username))))
        .andReturn()
        .getResponse();
  }

  /** Every {@code data-metric} on a page: its data-value when it has one, else its text. */
  Map<String, String> metrics(String username, String path) throws Exception {
    MockHttpServletResponse response = fetch(username, path);
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    Document page = Jsoup.parse(response.getContentAsString());
    Map<String, String> metrics = new LinkedHashMap<>();
    for (Element e : page.select("[data-metric]")) {
      String value = e.hasAttr("data-value") ? e.attr("data-value") : e.text().strip();
      String previous = metrics.put(e.attr("data-metric"), value);
      if (previous != null) {
        assertThat(value)
            .as("same metric twice, same value: " + e.attr("data-metric"))
            .isEqualTo(previous);
      }
    }
    return metrics;
  }

  @ParameterizedTest(name = "{0} as of {1}")
  @CsvSource({
    "lanhdao,",
    "lanhdao,2019-07-20",
    "tuyengiao,",
    "admin,2019-07-10",
    "admin,2019-09-30"
  })
  void theNumbersAreTheDashboardsForTheSameDay(String username, String asOf) throws Exception {
    String query = asOf == null ? "" : "?asOf=" + asOf;
    Map<String, String> dashboard = metrics(username, "/dashboard" + query);
    Map<String, String> report = metrics(username, "/reports/quick" + query);

    List<String> required =
        List.of(
            "TOTAL",
            "CANCELLED",
            "DONE_ON_TIME",
            "DONE_LATE",
            "OVERDUE",
            "DUE_SOON",
            "ON_TRACK",
            "COMPLETION_RATE",
            "PROPAGANDA.OVERDUE",
            "SERVICE.TOTAL",
            "SECURITY.DONE_LATE",
            "BEFORE.TOTAL",
            "DURING.ON_TRACK",
            "AFTER.CANCELLED");
    assertThat(report).containsKeys(required.toArray(String[]::new));
    assertThat(dashboard).containsKeys(required.toArray(String[]::new));
    int compared = 0;
    for (Map.Entry<String, String> m : report.entrySet()) {
      if (dashboard.containsKey(m.getKey())) {
        assertThat(m.getValue()).as(m.getKey()).isEqualTo(dashboard.get(m.getKey()));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(40);
    assertThat(report.keySet().stream().filter(k -> k.startsWith("dept.")))
        .as("departments with overdue tasks")
        .allSatisfy(k -> assertThat(dashboard).containsKey(k));
  }

  @Test
  void aLeaderReadsTheKnownPlanOnTheFixtureDay() throws Exception {
    Map<String, String> m = metrics("lanhdao", "/reports/quick");
    // The fixture's numbers for a SECRET clearance (see DashboardServiceTests): T09 is above it.
    assertThat(m)
        .containsEntry("TOTAL", "13")
        .containsEntry("CANCELLED", "1")
        .containsEntry("DONE_ON_TIME", "1")
        .containsEntry("DONE_LATE", "2")
        .containsEntry("OVERDUE", "2")
        .containsEntry("DUE_SOON", "2")
        .containsEntry("ON_TRACK", "5")
        .containsEntry("COMPLETION_RATE", String.valueOf(3.0 / 12))
        .containsEntry("dept." + fixture.department("L2") + ".OVERDUE", "1");
    // No bulletin is dated on or before 15/07/2019.
    assertThat(m).containsEntry("bulletins.count", "0").containsEntry("coverage.count", "0");
  }

  @Test
  void bulletinsAndCoverageAreCountedAsOfTheDay() throws Exception {
    assertThat(metrics("tuyengiao", "/reports/quick?asOf=2019-09-11"))
        .containsEntry("bulletins.count", "1")
        .containsEntry("coverage.count", "1");
    Map<String, String> after = metrics("tuyengiao", "/reports/quick?asOf=2019-09-30");
    assertThat(after)
        .containsEntry("bulletins.count", "2")
        .containsEntry("coverage.count", "3")
        .containsEntry("coverage.kind.PRINT", "1")
        .containsEntry("coverage.outlet.Báo kiểm thử", "2");
    String html = fetch("tuyengiao", "/reports/quick?asOf=2019-09-30").getContentAsString();
    assertThat(html).contains("Khai mạc Đại hội kiểm thử.", "Đoạn thứ hai.", "Bế mạc");
    assertThat(html.indexOf("Khai mạc Đại hội kiểm thử."))
        .as("first day first")
        .isLessThan(html.indexOf("Bế mạc Đại hội kiểm thử."));
  }

  @Test
  void withoutAPreparatorySessionTheOpeningIsTheFirstBulletinDay() {
    assertThatThrownBy(
            () ->
                bulletins.recordHistorical(
                    OPENING.minusDays(1),
                    BulletinSession.EVENING,
                    "Trước ngày khai mạc",
                    actor("tuyengiao"),
                    clock.instant()))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("bulletin.date.outsideCongress");
  }

  @Test
  void theBudgetSectionShowsTheProvidedFigures() throws Exception {
    Map<String, String> m = metrics("lanhdao", "/reports/quick");
    assertThat(m)
        .containsEntry("budget.total", "1.234.567 ₫")
        .containsEntry("budget.actual.total", "1.200.000 ₫")
        .containsEntry("budget.category.ACCOMMODATION", "1.000.000 ₫")
        .containsEntry("budget.milestone.42.total", "1.234.567 ₫");
    Document page = Jsoup.parse(fetch("lanhdao", "/reports/quick").getContentAsString());
    assertThat(page.select("[data-testid=budget-section]").text())
        .contains("Ăn, nghỉ", "Khánh tiết, trang trí", "Dự toán kinh phí kiểm thử", "Đã ban hành");
  }

  @Test
  void withoutABudgetModuleThereIsNoBudgetSection() {
    QuickReportService withoutBudget =
        new QuickReportService(
            dashboards,
            congresses,
            milestones,
            bulletins,
            new DefaultListableBeanFactory().getBeanProvider(BudgetFigures.class),
            clock);
    assertThat(withoutBudget.build(actor("lanhdao"), null, false).orElseThrow().budget()).isNull();
    assertThat(reports.build(actor("lanhdao"), null, false).orElseThrow().budget()).isNotNull();
  }

  @Test
  void thePdfHoldsNoClassifiedTaskAndSaysHowManyItLeavesOut() throws Exception {
    MockHttpServletResponse response = fetch("admin", "/reports/quick.pdf?asOf=2019-09-30");
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).isEqualTo("application/pdf");
    assertThat(response.getHeader("Content-Disposition"))
        .contains("attachment", "bao-cao-nhanh-2019-09-30.pdf");
    long classified =
        DashboardFixture.TASKS.stream()
            .filter(s -> s.confidentiality() != Clearance.NORMAL)
            .count();
    assertThat(classified).isEqualTo(3);
    assertThat(response.getHeader("X-Excluded-Count")).isEqualTo(String.valueOf(classified));

    String text = text(response.getContentAsByteArray());
    for (String expected : List.of("Báo cáo nhanh", "Đại hội", "Tuyên truyền", "Ăn, nghỉ")) {
      assertThat(Normalizer.isNormalized(expected, Normalizer.Form.NFC)).isTrue();
      assertThat(text).contains(expected);
    }
    assertThat(text).contains(classified + " nhiệm vụ có độ mật đã được lược bỏ");
    assertThat(text).contains("Khai mạc Đại hội kiểm thử.", "Bế mạc Đại hội kiểm thử.");
    for (DashboardFixture.Spec s : DashboardFixture.TASKS) {
      if (s.confidentiality() != Clearance.NORMAL) {
        assertThat(text).doesNotContain(s.title());
      }
    }
    // The PDF's numbers are an unclassified reader's dashboard.
    QuickReport pdf = reports.build(actor("admin"), LocalDate.of(2019, 9, 30), true).orElseThrow();
    assertThat(pdf.clearance()).isEqualTo(Clearance.NORMAL);
    assertThat(pdf.dashboard().overall().counts())
        .isEqualTo(
            dashboards
                .forViewer(actor("tuyengiao"), LocalDate.of(2019, 9, 30))
                .orElseThrow()
                .overall()
                .counts());
  }

  @Test
  void anUnclassifiedReadersPdfLeavesNothingOut() throws Exception {
    MockHttpServletResponse response = fetch("tuyengiao", "/reports/quick.pdf");
    assertThat(response.getHeader("X-Excluded-Count")).isEqualTo("0");
    assertThat(text(response.getContentAsByteArray())).doesNotContain("lược bỏ khỏi");
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
