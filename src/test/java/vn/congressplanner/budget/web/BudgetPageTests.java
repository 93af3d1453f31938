package vn.congressplanner.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.congressplanner.budget.BudgetCategory;
import vn.congressplanner.budget.BudgetFixtures;
import vn.congressplanner.budget.BudgetLine;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.support.IntegrationTest;

/**
 * The budget pages over HTTP: the totals with their data-metric names, in-place updates (the region
 * htmx swaps), field messages with the input kept, the conflict answer, the print view, the
 * revision diff, the XLSX read back with POI and the JSON API.
 */
@IntegrationTest
class BudgetPageTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired ApplicationContext context;

  BudgetFixtures data;
  Milestone m;
  BudgetLine flowers;
  BudgetLine meals;

  @BeforeEach
  void setUp() {
    data = BudgetFixtures.from(context);
    m = data.estimate();
    flowers =
        data.line(
            m.getId(), BudgetCategory.DECORATION, "Hoa tươi", "3", "6500000", "TGTU", "admin");
    meals =
        data.line(
            m.getId(), BudgetCategory.ACCOMMODATION, "Tiền ăn", "975", "200000", "CAT", "admin");
  }

  MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
    return request.with(user(users.loadUserByUsername(username)));
  }

  Document page(String username, String path) throws Exception {
    String html =
        mvc.perform(as(username, get(path))).andReturn().getResponse().getContentAsString();
    return Jsoup.parse(html);
  }

  static String metric(Document d, String name) {
    return d.selectFirst("[data-metric=\"" + name + "\"]").text();
  }

  @Test
  void thePageShowsLinesByCategoryAndTotalsWithTheirMetrics() throws Exception {
    Document d = page("tuyengiao", "/budget?milestone=" + m.getId());
    assertThat(metric(d, "budget.total")).isEqualTo("214.500.000 ₫");
    assertThat(metric(d, "budget.category.DECORATION")).isEqualTo("19.500.000 ₫");
    assertThat(metric(d, "budget.category.ACCOMMODATION")).isEqualTo("195.000.000 ₫");
    assertThat(metric(d, "budget.dept." + data.department("CAT").getId()))
        .isEqualTo("195.000.000 ₫");
    assertThat(d.select("[data-metric=budget.actual.total]")).isEmpty();
    assertThat(d.select("tbody[data-category]").eachAttr("data-category"))
        .containsExactly("DECORATION", "ACCOMMODATION");
    // tuyengiao may change the Ban Tuyên giáo line only.
    assertThat(d.select("#line-" + flowers.getId() + " [data-testid=budget-line-edit]")).hasSize(1);
    assertThat(d.select("#line-" + meals.getId() + " [data-testid=budget-line-edit]")).isEmpty();
    assertThat(d.select("nav a[data-nav=budget]")).hasSize(1);
    // The staff's department is preselected in the add form.
    assertThat(d.selectFirst("#add-department option[selected]").val())
        .isEqualTo(data.department("TGTU").getId().toString());
  }

  @Test
  void anEmptyEstimateSaysWhatToDo() throws Exception {
    Milestone empty = data.estimate();
    Document d = page("tuyengiao", "/budget?milestone=" + empty.getId());
    assertThat(d.selectFirst("[data-testid=budget-empty]").text()).contains("Thêm dòng đầu tiên");
    assertThat(metric(d, "budget.total")).isEqualTo("0 ₫");
  }

  @Test
  void anHtmxAddAnswersTheWholePageWhoseRegionShowsTheNewTotal() throws Exception {
    var result =
        mvc.perform(
                as("tuyengiao", post("/budget/lines"))
                    .with(csrf())
                    .header("HX-Request", "true")
                    .param("milestone", m.getId().toString())
                    .param("category", "PRINTING")
                    .param("item", "Thẻ đại biểu")
                    .param("unit", "thẻ")
                    .param("quantity", "700")
                    .param("unitPrice", "25000")
                    .param("department", data.department("TGTU").getId().toString()))
            .andReturn();
    // htmx follows the redirect and swaps #budget-region out of the page it gets.
    assertThat(result.getResponse().getStatus()).isEqualTo(302);
    Document d =
        Jsoup.parse(
            mvc.perform(
                    as("tuyengiao", get(result.getResponse().getRedirectedUrl()))
                        .header("HX-Request", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(d.selectFirst("#budget-region [data-metric=budget.total]").text())
        .isEqualTo("232.000.000 ₫");
    assertThat(d.selectFirst("#budget-region [data-testid=budget-line-item]")).isNotNull();
    assertThat(d.select("#budget-region [data-testid=budget-line-item]").eachText())
        .contains("Thẻ đại biểu");
  }

  @Test
  void aRefusedLineKeepsWhatWasTypedWithTheMessageNextToTheField() throws Exception {
    Map<String, Object> before = data.snapshot(m.getId());
    var response =
        mvc.perform(
                as("tuyengiao", post("/budget/lines"))
                    .with(csrf())
                    .param("milestone", m.getId().toString())
                    .param("category", "PRINTING")
                    .param("item", "Giấy mời")
                    .param("quantity", "1.005")
                    .param("unitPrice", "12,500")
                    .param("department", data.department("TGTU").getId().toString()))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    Document d = Jsoup.parse(response.getContentAsString());
    assertThat(d.selectFirst("#add-item").val()).isEqualTo("Giấy mời");
    assertThat(d.selectFirst("#add-quantity").val()).isEqualTo("1.005");
    assertThat(d.selectFirst("#add-unitPrice").val()).isEqualTo("12,500");
    assertThat(d.selectFirst("[data-testid=budget-add-form] [data-error-for=unitPrice]").text())
        .contains("dấu chấm");
    assertThat(data.snapshot(m.getId())).isEqualTo(before);

    // Valid numbers, but 2 decimals at most: the rule's message next to the quantity.
    d =
        Jsoup.parse(
            mvc.perform(
                    as("tuyengiao", post("/budget/lines"))
                        .with(csrf())
                        .param("milestone", m.getId().toString())
                        .param("category", "PRINTING")
                        .param("item", "Giấy mời")
                        .param("quantity", "1.005")
                        .param("unitPrice", "100000000000000000000")
                        .param("department", data.department("TGTU").getId().toString()))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(d.selectFirst("[data-testid=budget-add-form] [data-error-for=quantity]").text())
        .isEqualTo("Số lượng có tối đa 2 chữ số thập phân");
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  @Test
  void anAmountAboveTheBoundIsAFieldMessageNotAServerError() throws Exception {
    Map<String, Object> before = data.snapshot(m.getId());
    var response =
        mvc.perform(
                as("admin", post("/budget/lines"))
                    .with(csrf())
                    .param("milestone", m.getId().toString())
                    .param("category", "OTHER")
                    .param("item", "Quá lớn")
                    .param("quantity", "999999999999.99")
                    .param("unitPrice", "99999999999999999999")
                    .param("department", data.department("TGTU").getId().toString()))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(
            Jsoup.parse(response.getContentAsString())
                .selectFirst("[data-error-for=unitPrice]")
                .text())
        .contains("1.000.000.000.000.000 ₫");
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  @Test
  void aStaleEditIsAConflictWithTheCurrentEstimate() throws Exception {
    long version = data.budget.line(flowers.getId()).getVersion();
    data.budget.update(
        flowers.getId(),
        BudgetFixtures.fields(
            BudgetCategory.DECORATION, "Hoa tươi", "4", "6500000", data.department("TGTU").getId()),
        data.actor("admin"));
    Map<String, Object> before = data.snapshot(m.getId());
    var response =
        mvc.perform(
                as("tuyengiao", post("/budget/lines/" + flowers.getId()))
                    .with(csrf())
                    .param("category", "DECORATION")
                    .param("item", "Hoa tươi")
                    .param("quantity", "5")
                    .param("unitPrice", "6500000")
                    .param("department", data.department("TGTU").getId().toString())
                    .param("version", Long.toString(version)))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(409);
    Document d = Jsoup.parse(response.getContentAsString());
    assertThat(d.selectFirst("[data-testid=conflict-notice]")).isNotNull();
    assertThat(metric(d, "budget.total")).isEqualTo("221.000.000 ₫");
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  @Test
  void settlementShowsEstimateActualAndDifferenceAndFlagsLinesOverTheEstimate() throws Exception {
    data.submit(m.getId());
    data.approve(m.getId());
    mvc.perform(
        as("tuyengiao", post("/budget/lines/" + flowers.getId() + "/actual"))
            .with(csrf())
            .param("actualAmount", "21000000")
            .param("note", "Giá hoa tăng"));
    Document d = page("tuyengiao", "/budget?milestone=" + m.getId());
    assertThat(metric(d, "budget.actual.total")).isEqualTo("21.000.000 ₫");
    assertThat(metric(d, "budget.total")).isEqualTo("214.500.000 ₫");
    assertThat(d.select("#line-" + flowers.getId() + " [data-testid=budget-over]")).hasSize(1);
    assertThat(d.select("#line-" + meals.getId() + " [data-testid=budget-over]")).isEmpty();
    assertThat(d.selectFirst("[data-testid=budget-add]").text()).contains("phát sinh");
  }

  @Test
  void thePrintViewHasTheCongressTheLinesAndTheSignatures() throws Exception {
    Document d = page("lanhdao", "/budget/print?milestone=" + m.getId());
    assertThat(d.selectFirst("[data-testid=print-congress]").text())
        .isEqualTo("Đại hội đại biểu Đảng bộ tỉnh Yên Bái lần thứ XIX");
    assertThat(d.select("[data-testid=print-line]")).hasSize(2);
    assertThat(d.selectFirst("[data-testid=print-signatures]").text())
        .contains("Người lập")
        .contains("Thủ trưởng đơn vị");
    assertThat(d.select("nav")).isEmpty();
  }

  @Test
  void theRevisionPageShowsOldAndNewAmountsAndTheTotalsChange() throws Exception {
    data.submit(m.getId());
    data.returnIt(m.getId());
    data.budget.update(
        meals.getId(),
        BudgetFixtures.fields(
            BudgetCategory.ACCOMMODATION,
            "Tiền ăn",
            "975",
            "180000",
            data.department("CAT").getId()),
        data.actor("admin"));
    data.submit(m.getId());

    Document list = page("lanhdao", "/budget/revisions?milestone=" + m.getId());
    assertThat(list.select("[data-testid=revision-row]")).hasSize(2);
    Document d = page("lanhdao", "/budget/revisions/2?milestone=" + m.getId());
    assertThat(d.selectFirst("[data-testid=revision-old-amount]").text())
        .isEqualTo("195.000.000 ₫");
    assertThat(d.selectFirst("[data-testid=revision-new-amount]").text())
        .isEqualTo("175.500.000 ₫");
    assertThat(metric(d, "budget.revision.totalChange")).isEqualTo("-19.500.000 ₫");
  }

  @Test
  void theXlsxHasCategoryGroupsNumericVndCellsAndTotals() throws Exception {
    byte[] bytes =
        mvc.perform(as("tuyengiao", get("/budget/export?milestone=" + m.getId())))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Dự toán");
      List<String> firstColumn = new ArrayList<>();
      Row flowersRow = null;
      Row total = null;
      for (Row row : sheet) {
        Cell a = row.getCell(1);
        String text = a == null ? "" : a.toString();
        firstColumn.add(row.getCell(0) == null ? "" : row.getCell(0).toString());
        if (text.equals("Hoa tươi")) {
          flowersRow = row;
        }
        if (text.equals("Tổng cộng")) {
          total = row;
        }
      }
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Đại hội đại biểu Đảng bộ tỉnh Yên Bái lần thứ XIX");
      assertThat(firstColumn).contains("1. Khánh tiết, trang trí", "2. Ăn, nghỉ");
      Cell amount = flowersRow.getCell(5);
      assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(amount.getNumericCellValue()).isEqualTo(19_500_000d);
      assertThat(amount.getCellStyle().getDataFormatString()).contains("₫").contains("#,##0");
      assertThat(flowersRow.getCell(3).getNumericCellValue()).isEqualTo(3d);
      Cell sum = total.getCell(5);
      assertThat(sum.getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(sum.getNumericCellValue()).isEqualTo(214_500_000d); // the cached value
    }
  }

  @Test
  void theDashboardCardShowsTheFirstEstimatesTotalStatusAndLink() throws Exception {
    long demo = data.budget.defaultEstimate().orElseThrow();
    var total = data.budget.estimate(demo).total().estimate();
    Document d = page("lanhdao", "/dashboard");
    var card = d.selectFirst("[data-testid=dashboard-budget-card]");
    assertThat(card.selectFirst("[data-metric=budget.total]").attr("data-value"))
        .isEqualTo(total.toPlainString());
    // A plain number: the dashboard's linked numbers all open task lists; the card's button links.
    assertThat(card.selectFirst("[data-metric=budget.total]").tagName()).isEqualTo("span");
    assertThat(card.selectFirst("a.btn").attr("href")).isEqualTo("/budget?milestone=" + demo);
    assertThat(card.selectFirst("[data-testid=dashboard-budget-status]").text()).isNotBlank();
  }

  @Test
  void theApiAnswersLinesAndTotals() throws Exception {
    String json =
        mvc.perform(as("congan", get("/api/v1/budget?milestone=" + m.getId())))
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode root = JsonMapper.builder().build().readTree(json);
    assertThat(root.path("totals").path("estimate").decimalValue())
        .isEqualByComparingTo("214500000");
    assertThat(root.path("lines")).hasSize(2);
    assertThat(root.path("milestone").path("status").asString()).isEqualTo("OPEN");
    assertThat(root.path("lines").get(0).path("amount").decimalValue())
        .isEqualByComparingTo("19500000");
  }
}
