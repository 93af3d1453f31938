package vn.congressplanner.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.DeadlineAnchor;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.department.internal.DepartmentRepository;
import vn.congressplanner.support.IntegrationTest;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.task.Priority;
import vn.congressplanner.task.TaskCommand;
import vn.congressplanner.task.TaskFixtures;
import vn.congressplanner.task.TaskService;
import vn.congressplanner.task.TaskStatus;

/**
 * Import from XLSX over HTTP: the template, a file with good and bad rows (each violation under its
 * cell, nothing stored, no confirmation possible), a good file confirmed (all rows stored through
 * the service, once), all or nothing, broken files with clear messages, and who may do it. Shares
 * the task pages' database and cached context.
 */
@IntegrationTest
@TestPropertySource(properties = "planner.test.database=tasks")
class TaskImportTests {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired DepartmentRepository departments;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  TaskFixtures f;

  @BeforeEach
  void fixtures() {
    f = new TaskFixtures(departments, jdbc);
  }

  RequestPostProcessor as(String username) {
    return user(users.loadUserByUsername(username));
  }

  byte[] template(String username) throws Exception {
    return mvc.perform(get("/tasks/import/template.xlsx").with(as(username)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  /** The downloaded template with {@code rows} filled in below the header. */
  byte[] filled(List<List<String>> rows) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template("lanhdao")))) {
      Sheet sheet = wb.getSheet("NhiemVu");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          if (rows.get(r).get(c) != null) {
            row.createCell(c).setCellValue(rows.get(r).get(c));
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  ResultActions upload(String username, String name, byte[] content) throws Exception {
    return mvc.perform(
        multipart("/tasks/import")
            .file(new MockMultipartFile("file", name, XLSX, content))
            .with(csrf())
            .with(as(username)));
  }

  long uploaded(byte[] content) throws Exception {
    String location =
        upload("lanhdao", "ke-hoach.xlsx", content)
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return Long.parseLong(location.substring("/tasks/import/".length()));
  }

  Document preview(long id) throws Exception {
    return Jsoup.parse(
        mvc.perform(get("/tasks/import/" + id).with(as("lanhdao")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  long tasksTitled(String token) {
    return jdbc.queryForObject(
        "select count(*) from task where title like ?", Long.class, "%" + token + "%");
  }

  static List<String> row(
      String title,
      String workstream,
      String phase,
      String lead,
      String cooperating,
      String deadline,
      String start,
      String priority,
      String confidentiality,
      String milestone) {
    return java.util.Arrays.asList(
        title,
        workstream,
        phase,
        lead,
        cooperating,
        deadline,
        start,
        priority,
        confidentiality,
        milestone,
        "Mô tả " + title);
  }

  @Test
  void theTemplateHasTheHeaderListsAndVietnameseInstructions() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template("admin")))) {
      XSSFSheet sheet = wb.getSheet("NhiemVu");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tên nhiệm vụ");
      assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Hạn hoàn thành");
      assertThat(sheet.getDataValidations()).hasSizeGreaterThanOrEqualTo(7);
      Sheet lists = wb.getSheet("DanhMuc");
      assertThat(lists.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Tuyên truyền");
      assertThat(wb.getSheet("HuongDan").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Hướng dẫn nhập nhiệm vụ từ Excel");
    }
  }

  @Test
  void badRowsShowEveryViolationUnderItsCellAndNothingIsStored() throws Exception {
    String token = TaskFixtures.token();
    byte[] file =
        filled(
            List.of(
                row(
                    "Tốt " + token,
                    "Tuyên truyền",
                    "Trước Đại hội",
                    "Ban Tuyên giáo Tỉnh ủy",
                    null,
                    "D-30",
                    null,
                    null,
                    null,
                    null),
                row(
                    "Sai đơn vị " + token,
                    "PROPAGANDA",
                    "BEFORE",
                    "Ban Tuyen giao",
                    null,
                    "10/08/2020",
                    null,
                    "Cao",
                    "Thường",
                    null),
                row(
                    "Sai giai đoạn " + token,
                    "Phục vụ",
                    "Trước Đại hội",
                    "Văn phòng Tỉnh ủy",
                    null,
                    "D-0",
                    "2020-09-30",
                    null,
                    null,
                    null),
                row(
                    "Sai mã " + token,
                    "Văn hóa",
                    "Trong Đại hội",
                    "Văn phòng Tỉnh ủy",
                    null,
                    "hôm nay",
                    null,
                    "rất gấp",
                    null,
                    null)));
    long importsBefore = jdbc.queryForObject("select count(*) from task_import", Long.class);
    long id = uploaded(file);
    assertThat(jdbc.queryForObject("select count(*) from task_import", Long.class))
        .isEqualTo(importsBefore + 1);
    assertThat(tasksTitled(token)).isZero();

    Document d = preview(id);
    assertThat(d.select("[data-testid=import-confirm]")).isEmpty();
    assertThat(d.selectFirst("[data-testid=import-errors]").text()).startsWith("3 dòng có lỗi");
    Element good = d.selectFirst("tr[data-row=1]");
    assertThat(good.attr("data-ok")).isEqualTo("true");
    assertThat(good.selectFirst("td[data-column=DEADLINE] [data-value]").text())
        .isEqualTo("D−30 (24/08/2020)");
    assertThat(good.selectFirst("td[data-column=WORKSTREAM] [data-value]").text())
        .isEqualTo("Tuyên truyền");
    assertThat(good.selectFirst("td[data-column=PRIORITY] [data-value]").text())
        .isEqualTo("Bình thường");

    Element dept = d.selectFirst("tr[data-row=2]");
    assertThat(dept.selectFirst("[data-error-for=LEAD_DEPARTMENT]").text())
        .isEqualTo("Không có đơn vị “Ban Tuyen giao”; có phải “Ban Tuyên giáo Tỉnh ủy”?");
    assertThat(dept.select("[data-error-for=DEADLINE]")).isEmpty();
    assertThat(dept.selectFirst("td[data-column=PRIORITY] [data-value]").text()).isEqualTo("Cao");

    Element phase = d.selectFirst("tr[data-row=3]");
    assertThat(phase.selectFirst("[data-error-for=DEADLINE]").text())
        .contains("D−0 (23/09/2020)")
        .contains("Trước Đại hội");
    assertThat(phase.selectFirst("[data-error-for=START_DATE]").text())
        .contains("Ngày bắt đầu không được sau hạn");

    Element codes = d.selectFirst("tr[data-row=4]");
    assertThat(codes.selectFirst("[data-error-for=WORKSTREAM]").text()).contains("“Văn hóa”");
    assertThat(codes.selectFirst("[data-error-for=PRIORITY]").text()).contains("“rất gấp”");
    assertThat(codes.selectFirst("[data-error-for=DEADLINE]").text()).contains("“hôm nay”");

    // Confirming anyway is refused and stores nothing.
    mvc.perform(post("/tasks/import/" + id + "/confirm").with(csrf()).with(as("lanhdao")))
        .andExpect(status().isUnprocessableContent());
    assertThat(tasksTitled(token)).isZero();
  }

  @Test
  void aGoodFileIsStoredWholeOnConfirmationAndOnlyOnce() throws Exception {
    String token = TaskFixtures.token();
    byte[] file =
        filled(
            List.of(
                row(
                    "Nhập một " + token,
                    "SERVICE",
                    "AFTER",
                    "văn phòng tỉnh ủy",
                    "Sở Tài chính; Ban Tuyên giáo Tỉnh ủy",
                    "C+7",
                    null,
                    "HIGH",
                    null,
                    null),
                row(
                    "Nhập hai " + token,
                    "Bảo vệ",
                    "Trước Đại hội",
                    "Công an tỉnh",
                    null,
                    "15/08/2020",
                    "01/08/2020",
                    "Khẩn",
                    "Mật",
                    null)));
    long id = uploaded(file);
    Document d = preview(id);
    assertThat(d.select("tr[data-ok=true]")).hasSize(2);
    assertThat(d.selectFirst("[data-testid=import-confirm]")).isNotNull();
    assertThat(tasksTitled(token)).isZero();

    mvc.perform(post("/tasks/import/" + id + "/confirm").with(csrf()).with(as("lanhdao")))
        .andExpect(status().is3xxRedirection());
    assertThat(tasksTitled(token)).isEqualTo(2);
    Map<String, Object> one =
        jdbc.queryForMap(
            "select deadline, deadline_anchor, deadline_offset_days, priority, status, created_by"
                + " from task where title = ?",
            "Nhập một " + token);
    assertThat(one)
        .containsEntry("deadline", java.sql.Date.valueOf("2020-10-01"))
        .containsEntry("deadline_anchor", "CLOSING")
        .containsEntry("deadline_offset_days", 7)
        .containsEntry("priority", "HIGH")
        .containsEntry("status", "NOT_STARTED")
        .containsEntry("created_by", "lanhdao");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from task_cooperating_department c join task t on t.id = c.task_id"
                    + " where t.title = ?",
                Long.class,
                "Nhập một " + token))
        .isEqualTo(2);
    assertThat(
            jdbc.queryForObject(
                "select confidentiality from task where title = ?",
                String.class,
                "Nhập hai " + token))
        .isEqualTo("CONFIDENTIAL");

    // A second confirmation (another tab, a double click) stores nothing more.
    mvc.perform(post("/tasks/import/" + id + "/confirm").with(csrf()).with(as("lanhdao")))
        .andExpect(status().isUnprocessableContent());
    assertThat(tasksTitled(token)).isEqualTo(2);
  }

  @Test
  void storingIsAllOrNothing() {
    String token = TaskFixtures.token();
    TaskFixtures.Snapshot before = f.snapshot();
    TaskCommand good = f.command("Cả hai " + token, "TGTU").build();
    TaskCommand bad =
        new TaskCommand(
            "Hỏng " + token,
            null,
            Workstream.PROPAGANDA,
            Phase.BEFORE,
            f.departmentId("TGTU"),
            List.of(),
            null,
            null,
            null,
            TaskStatus.NOT_STARTED,
            0,
            null,
            null,
            Priority.NORMAL,
            Clearance.NORMAL,
            null,
            null,
            DeadlineAnchor.OPENING,
            0);
    assertThatThrownBy(() -> tasks.createAll(List.of(good, bad), f.leader()))
        .isInstanceOf(RuleViolationException.class);
    assertThat(tasksTitled(token)).isZero();
    assertThat(f.snapshot()).isEqualTo(before);
  }

  @Test
  void brokenFilesGetAClearMessageAndNothingIsKept() throws Exception {
    long imports = jdbc.queryForObject("select count(*) from task_import", Long.class);
    assertFileError(
        upload("lanhdao", "ke-hoach.xlsx", "không phải excel".getBytes()), "Không đọc được tệp");
    assertFileError(
        upload("lanhdao", "ke-hoach.csv", "a,b".getBytes()), "Chỉ nhận tệp Excel .xlsx");
    assertFileError(upload("lanhdao", "rong.xlsx", filled(List.of())), "không có dòng nhiệm vụ");
    assertFileError(upload("lanhdao", "bom.xlsx", zipBomb()), "Không đọc được tệp");
    byte[] other;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("STT");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      other = out.toByteArray();
    }
    assertFileError(upload("lanhdao", "khac.xlsx", other), "Tệp không theo mẫu");
    assertThat(jdbc.queryForObject("select count(*) from task_import", Long.class))
        .isEqualTo(imports);
  }

  /**
   * Issue 11 fault sweep: a cell longer than its column keeps (32,767 characters fit in one)
   * answered 500. Cells are now cleaned as any input is (a bidi override goes; POI itself writes a
   * NUL as "?") and cut to their column, which is still longer than the task field takes: the
   * preview refuses such a row next to its cell, and nothing becomes a task.
   */
  @Test
  void hostileCellsAreCleanedAndCutAndTheRowIsRefusedInThePreview() throws Exception {
    String token = TaskFixtures.token();
    List<String> nul =
        row(
            "Chữ \u202Eđảo chiều " + token,
            "Tuyên truyền",
            "Trước Đại hội",
            "Ban Tuyên giáo Tỉnh ủy",
            null,
            "D-30",
            null,
            null,
            null,
            null);
    List<String> huge = new java.util.ArrayList<>(nul);
    huge.set(0, token + "x".repeat(32_000));
    huge.set(10, "y".repeat(32_767));
    String name = "ke\u202Ehoach\u0007.xlsx";
    String location =
        upload("lanhdao", name, filled(List.of(nul, huge)))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring("/tasks/import/".length()));
    assertThat(
            jdbc.queryForObject("select file_name from task_import where id = ?", String.class, id))
        .isEqualTo("kehoach.xlsx");
    assertThat(
            jdbc.queryForObject(
                "select title from task_import_row where import_id = ? and row_number = 1",
                String.class,
                id))
        .isEqualTo("Chữ đảo chiều " + token);
    assertThat(
            jdbc.queryForObject(
                "select length(title) from task_import_row where import_id = ? and row_number = 2",
                Integer.class,
                id))
        .isEqualTo(2000);

    Document d = preview(id);
    assertThat(d.selectFirst("tr[data-row=1]").attr("data-ok")).isEqualTo("true");
    Element cut = d.selectFirst("tr[data-row=2]");
    assertThat(cut.attr("data-ok")).isEqualTo("false");
    assertThat(cut.select("[data-error-for=TITLE]")).isNotEmpty();
    assertThat(cut.select("[data-error-for=DESCRIPTION]")).isNotEmpty();
    mvc.perform(post("/tasks/import/" + id + "/confirm").with(csrf()).with(as("lanhdao")))
        .andExpect(status().isUnprocessableContent());
    assertThat(tasksTitled(token)).isZero();
  }

  private static void assertFileError(ResultActions result, String message) throws Exception {
    String html =
        result
            .andExpect(status().isUnprocessableContent())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(Jsoup.parse(html).selectFirst("[data-error-for=file]").text()).contains(message);
  }

  /** An OOXML-looking zip whose sheet inflates a thousandfold: POI's guard must refuse it. */
  private static byte[] zipBomb() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                  + "content-types\"></Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 20; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  @Test
  void staffAreRefusedEveryImportRouteAndNothingChanges() throws Exception {
    long id =
        uploaded(
            filled(
                List.of(
                    row(
                        "Của lãnh đạo " + TaskFixtures.token(),
                        "SERVICE",
                        "AFTER",
                        "Văn phòng Tỉnh ủy",
                        null,
                        "C+3",
                        null,
                        null,
                        null,
                        null))));
    TaskFixtures.Snapshot before = f.snapshot();
    long imports = jdbc.queryForObject("select count(*) from task_import", Long.class);
    for (String staff : List.of("tuyengiao", "congan")) {
      mvc.perform(get("/tasks/import").with(as(staff))).andExpect(status().isForbidden());
      mvc.perform(get("/tasks/import/template.xlsx").with(as(staff)))
          .andExpect(status().isForbidden());
      mvc.perform(get("/tasks/import/" + id).with(as(staff))).andExpect(status().isForbidden());
      upload(staff, "ke-hoach.xlsx", filled(List.of())).andExpect(status().isForbidden());
      mvc.perform(post("/tasks/import/" + id + "/confirm").with(csrf()).with(as(staff)))
          .andExpect(status().isForbidden());
    }
    assertThat(f.snapshot()).isEqualTo(before);
    assertThat(jdbc.queryForObject("select count(*) from task_import", Long.class))
        .isEqualTo(imports);
    assertThat(
            jdbc.queryForObject(
                "select confirmed_at from task_import where id = ?", java.sql.Timestamp.class, id))
        .isNull();
  }

  @Test
  void accessMatrix() throws Exception {
    for (String who : List.of("lanhdao", "admin")) {
      mvc.perform(get("/tasks/import").with(as(who))).andExpect(status().isOk());
      mvc.perform(get("/tasks/import/template.xlsx").with(as(who))).andExpect(status().isOk());
    }
    // Another leader's stored preview is not theirs to see; an admin sees every one.
    long id =
        uploaded(
            filled(
                List.of(
                    row(
                        "Xem trước " + TaskFixtures.token(),
                        "SERVICE",
                        "AFTER",
                        "Văn phòng Tỉnh ủy",
                        null,
                        "C+3",
                        null,
                        null,
                        null,
                        null))));
    mvc.perform(get("/tasks/import/" + id).with(as("admin"))).andExpect(status().isOk());
    mvc.perform(get("/tasks/import/999999999").with(as("lanhdao")))
        .andExpect(status().isNotFound());
    for (String path :
        List.of("/tasks/import", "/tasks/import/template.xlsx", "/tasks/import/" + id)) {
      assertThat(
              mvc.perform(get(path))
                  .andExpect(status().is3xxRedirection())
                  .andReturn()
                  .getResponse()
                  .getRedirectedUrl())
          .endsWith("/login");
    }
    // Without the CSRF token an upload or a confirmation is refused.
    mvc.perform(post("/tasks/import/" + id + "/confirm").with(as("lanhdao")))
        .andExpect(status().isForbidden());
  }
}
