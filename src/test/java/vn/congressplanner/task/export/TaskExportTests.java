package vn.congressplanner.task.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.account.PlannerUserDetails;
import vn.congressplanner.dashboard.DashboardFixture;
import vn.congressplanner.support.IntegrationTest;

/**
 * Exports of the task list: content, formats, the list's filters, and classified tasks, which are
 * never written to a file and are counted in the X-Excluded-Count header (and the XLSX's last line;
 * the CSV is header and rows only, for machine import). The XLSX opens with a title block.
 */
@IntegrationTest
@TestPropertySource(properties = "planner.test.database=dashboard")
class TaskExportTests {

  static final String[] HEADER = {
    "Mã",
    "Nhiệm vụ",
    "Mảng công tác",
    "Giai đoạn",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Mốc thời hạn",
    "Ngày bắt đầu",
    "Hạn hoàn thành",
    "Trạng thái",
    "Tình trạng thời hạn",
    "Số ngày quá hạn",
    "Tiến độ (%)",
    "Ngày hoàn thành",
    "Mức độ ưu tiên",
    "Kết quả",
    "Mô tả",
    "Hạn theo Đại hội"
  };

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;

  DashboardFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = DashboardFixture.in(context);
  }

  MockHttpServletResponse export(String username, String query) throws Exception {
    Actor actor = DashboardFixture.actor(context, username);
    return mvc.perform(
            get("/tasks/export" + query)
                .with(user(new PlannerUserDetails(actor, "n/a", true, false, false))))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse();
  }

  /** RFC 4180 lines (quoted fields may hold commas, quotes and line breaks). */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    assertThat(cell).isEmpty();
    assertThat(row).isEmpty();
    return rows;
  }

  List<String> normalTitles() {
    return DashboardFixture.visibleTo(Clearance.NORMAL).stream()
        .map(DashboardFixture.Spec::title)
        .toList();
  }

  @Test
  void csvIsUtf8WithBomAndCrlfAndLeavesClassifiedTasksOut() throws Exception {
    MockHttpServletResponse response = export("lanhdao", "?format=csv");

    assertThat(response.getContentType()).startsWith("text/csv");
    assertThat(response.getHeader("Content-Disposition"))
        .contains("attachment")
        .contains("nhiem-vu-2019-07-15.csv");
    // lanhdao (SECRET) sees T08 (SECRET) and T13 (CONFIDENTIAL): both left out. T09 (TOP_SECRET)
    // does not exist for them and is not counted.
    assertThat(response.getHeader("X-Excluded-Count")).isEqualTo("2");
    byte[] bytes = response.getContentAsByteArray();
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n");

    List<List<String>> rows = parseCsv(text);
    assertThat(rows.get(0)).containsExactly(HEADER);
    // Issue 13: no free-text line after the rows; every line is a task (machine import).
    List<List<String>> tasks = rows.subList(1, rows.size());
    assertThat(tasks).extracting(r -> r.get(1)).containsExactlyInAnyOrderElementsOf(normalTitles());
    assertThat(tasks).allSatisfy(r -> assertThat(r).hasSize(HEADER.length));
    assertThat(text).doesNotContain("T08").doesNotContain("T09").doesNotContain("T13");
    assertThat(text).doesNotContain("Đã loại");

    // Deadline order; a row in full: the T04 task done a day late, cooperating with A.
    assertThat(tasks).extracting(r -> r.get(8)).isSorted();
    List<String> t04 =
        tasks.stream().filter(r -> r.get(1).startsWith("T04")).findFirst().orElseThrow();
    assertThat(t04)
        .containsExactly(
            Long.toString(fixture.task("T04")),
            "T04 Phục vụ: hoàn thành trễ một ngày",
            "Phục vụ",
            "Trước Đại hội",
            DashboardFixture.departmentName("L4"),
            DashboardFixture.departmentName("A"),
            "",
            "",
            "2019-07-05",
            "Hoàn thành",
            "Hoàn thành quá hạn",
            "",
            "100",
            "2019-07-06",
            "Bình thường",
            "Đã hoàn thành",
            "Mô tả của T04, có dấu phẩy, \"ngoặc kép\"",
            "");
    List<String> t02 =
        tasks.stream().filter(r -> r.get(1).startsWith("T02")).findFirst().orElseThrow();
    assertThat(t02.get(10)).isEqualTo("Chưa hoàn thành, quá hạn");
    assertThat(t02.get(11)).isEqualTo("1");
  }

  @Test
  void aUserWithNormalClearanceIsToldNothingAboutClassifiedTasks() throws Exception {
    MockHttpServletResponse response = export("tuyengiao", "?format=csv");
    assertThat(response.getHeader("X-Excluded-Count")).isEqualTo("0");
    List<List<String>> rows =
        parseCsv(response.getContentAsString(StandardCharsets.UTF_8).substring(1));
    assertThat(rows).hasSize(1 + normalTitles().size());
    assertThat(rows.get(rows.size() - 1).get(1)).startsWith("T");

    assertThat(export("admin", "?format=csv").getHeader("X-Excluded-Count")).isEqualTo("3");
  }

  @Test
  void theListFiltersApplyToTheExport() throws Exception {
    MockHttpServletResponse security = export("lanhdao", "?format=csv&workstream=SECURITY");
    assertThat(security.getHeader("X-Excluded-Count")).isEqualTo("1"); // T08
    List<List<String>> rows =
        parseCsv(security.getContentAsString(StandardCharsets.UTF_8).substring(1));
    assertThat(rows.subList(1, rows.size()))
        .extracting(r -> r.get(1).substring(0, 3))
        .containsExactly("T05", "T06");

    MockHttpServletResponse overdueYesterday =
        export("lanhdao", "?format=csv&deadlineStatus=OVERDUE&asOf=2019-07-14");
    assertThat(overdueYesterday.getHeader("Content-Disposition"))
        .contains("nhiem-vu-2019-07-14.csv");
    rows = parseCsv(overdueYesterday.getContentAsString(StandardCharsets.UTF_8).substring(1));
    assertThat(rows.subList(1, rows.size()))
        .extracting(r -> r.get(1).substring(0, 3))
        .containsExactly("T12");
    assertThat(rows.get(1).get(10)).isEqualTo("Chưa hoàn thành, quá hạn");

    MockHttpServletResponse departmentC =
        export("tuyengiao", "?format=csv&department=" + fixture.department("C"));
    rows = parseCsv(departmentC.getContentAsString(StandardCharsets.UTF_8).substring(1));
    assertThat(rows.subList(1, rows.size()))
        .extracting(r -> r.get(1).substring(0, 3))
        .containsExactly("T14", "T10"); // deadline order: 04/08, then 11/09
  }

  @Test
  void xlsxHasAHeaderRealDatesWidthsAndTheExclusionNote() throws Exception {
    MockHttpServletResponse response = export("lanhdao", "?format=xlsx");
    assertThat(response.getContentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(response.getHeader("Content-Disposition")).contains("nhiem-vu-2019-07-15.xlsx");
    assertThat(response.getHeader("X-Excluded-Count")).isEqualTo("2");

    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Nhiệm vụ");
      // The title block: congress, filter, as-of day, who exported; an empty row; the table.
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .startsWith("Danh sách nhiệm vụ – ");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Bộ lọc");
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Tất cả nhiệm vụ");
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("15/07/2019");
      assertThat(sheet.getRow(3).getCell(1).getStringCellValue())
          .startsWith("Nguyễn Văn Thành, lúc ");
      assertThat(sheet.getRow(4)).isNull();
      int top = 5;
      assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
      Row header = sheet.getRow(top);
      for (int i = 0; i < HEADER.length; i++) {
        assertThat(header.getCell(i).getStringCellValue()).isEqualTo(HEADER[i]);
      }
      assertThat(header.getCell(0).getCellStyle().getFontIndex()).isNotZero();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getColumnWidth(1)).isEqualTo(60 * 256);

      List<String> titles = new ArrayList<>();
      int last = sheet.getLastRowNum();
      for (int r = top + 1; r <= last - 2; r++) {
        titles.add(sheet.getRow(r).getCell(1).getStringCellValue());
      }
      assertThat(titles).containsExactlyInAnyOrderElementsOf(normalTitles());
      assertThat(sheet.getRow(last - 1)).isNull();
      assertThat(sheet.getRow(last).getCell(0).getStringCellValue())
          .startsWith("Đã loại 2 nhiệm vụ");

      Row t04 = null;
      for (int r = top + 1; r <= last - 2; r++) {
        if (sheet.getRow(r).getCell(1).getStringCellValue().startsWith("T04")) {
          t04 = sheet.getRow(r);
        }
      }
      assertThat(t04).isNotNull();
      assertThat(t04.getCell(0).getNumericCellValue()).isEqualTo(fixture.task("T04"));
      Cell deadline = t04.getCell(8);
      assertThat(deadline.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
      assertThat(deadline.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
      assertThat(deadline.getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2019, 7, 5));
      assertThat(t04.getCell(13).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2019, 7, 6));
      assertThat(t04.getCell(7)).isNull(); // no start date
      assertThat(t04.getCell(12).getNumericCellValue()).isEqualTo(100);
      assertThat(t04.getCell(16).getStringCellValue())
          .isEqualTo("Mô tả của T04, có dấu phẩy, \"ngoặc kép\"");
    }
  }

  @Test
  void anUnknownFormatIsABadRequestAndAnonymousUsersMustLogIn() throws Exception {
    Actor actor = DashboardFixture.actor(context, "lanhdao");
    mvc.perform(
            get("/tasks/export?format=pdf")
                .with(user(new PlannerUserDetails(actor, "n/a", true, false, false))))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/tasks/export?format=csv")).andExpect(redirectedUrl("/login"));
    mvc.perform(
            get("/tasks/export")
                .with(user(new PlannerUserDetails(actor, "n/a", true, false, false))))
        .andExpect(status().isOk())
        .andExpect(
            header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")));
  }
}
