package vn.congressplanner.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.congressplanner.support.ServerTest;
import vn.congressplanner.support.WebClient;

/**
 * Issue 11, suite (d): every route and field of SPEC §7 that exists, replayed through a real port
 * with malformed values — NUL and other control characters, a bidi override, 10,000 and 1,000,000
 * characters, invalid UTF-8, impossible dates, numbers that overflow, huge and negative pages, bad
 * ids, uploads that are not spreadsheets or are far too large. The answer may be a refusal (4xx) or
 * a page with field errors, never a server error (≥ 500), never a closed connection without an
 * answer and never a stack trace. Prints one table per route (also kept in {@code
 * target/fault-sweep.md}) and its line of the fault suite's table ({@link ReliabilityReport}).
 *
 * <p>Bounded: one request per (route, field, value), about three thousand in all. Its own database,
 * because accepted writes (a NUL stripped leaves a valid value) change the data. Skip it with
 * {@code -Dplanner.faults.skip=true}.
 */
@ServerTest
@TestPropertySource(properties = "planner.test.database=faults")
@DisabledIfSystemProperty(named = "planner.faults.skip", matches = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultSweepTests {

  static final List<String> LIST_FILTERS =
      List.of(
          "workstream",
          "phase",
          "department",
          "status",
          "deadlineStatus",
          "milestone",
          "priority",
          "q",
          "deadlineFrom",
          "deadlineTo",
          "asOf",
          "page",
          "size",
          "sort");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  final Sweep sweep = new Sweep();

  WebClient admin;
  String csrf;
  long task;
  long milestone;
  long department;
  long user;

  @BeforeAll
  void signIn() {
    task = jdbc.queryForObject("select min(id) from task", Long.class);
    milestone = jdbc.queryForObject("select min(id) from milestone", Long.class);
    department = jdbc.queryForObject("select min(id) from department", Long.class);
    user = jdbc.queryForObject("select id from app_user where username = 'tuyengiao'", Long.class);
    admin = new WebClient(port).loggedIn("admin", "Admin@2020");
    csrf = admin.csrf("/dashboard");
  }

  @AfterAll
  void printTable() throws IOException {
    String table = sweep.table();
    System.out.println(table);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/fault-sweep.md"), table);
    Files.write(Path.of("target/fault-sweep-requests.tsv"), sweep.lines());
    List<Sweep.Result> all = List.copyOf(sweep.results);
    ReliabilityReport.record(
        new ReliabilityReport.Line(
            ReliabilityReport.Part.SWEEP,
            all.size(),
            all.stream().filter(r -> r.status() >= 500 || r.status() == 0).count(),
            all.stream().filter(Sweep.Result::trace).count(),
            null,
            null,
            null,
            all.stream().map(Sweep.Result::route).distinct().count()
                + " routes; per route in target/fault-sweep.md"));
  }

  @Test
  void theTaskMilestoneAndAdministrationRoutesRefuseMalformedInputCleanly() {
    int before = sweep.results.size();
    sweep.gets(admin, "/tasks", LIST_FILTERS);
    sweep.gets(admin, "/tasks/export?format=csv", LIST_FILTERS);
    sweep.gets(admin, "/tasks/export", List.of("format", "q"));
    sweep.gets(admin, "/api/v1/tasks", LIST_FILTERS);
    sweep.gets(admin, "/dashboard", List.of("asOf"));
    sweep.gets(admin, "/api/v1/dashboard", List.of("asOf"));
    sweep.gets(admin, "/api/v1/milestones", List.of("asOf"));
    sweep.gets(admin, "/milestones", List.of("asOf"));
    sweep.gets(
        admin,
        "/admin/history",
        List.of("entityType", "entityId", "actor", "q", "from", "to", "page", "size"));
    sweep.gets(admin, "/admin/users", List.of("lang"));
    for (String template :
        List.of(
            "/tasks/{id}",
            "/tasks/{id}/edit",
            "/milestones/{id}",
            "/milestones/{id}/edit",
            "/api/v1/tasks/{id}",
            "/admin/users/{id}",
            "/admin/departments/{id}")) {
      sweep.ids(admin, template, "GET", csrf);
    }

    Map<String, String> taskForm = new LinkedHashMap<>();
    taskForm.put("title", "Nhiệm vụ thử lỗi");
    taskForm.put("description", "Mô tả");
    taskForm.put("workstream", "PROPAGANDA");
    taskForm.put("phase", "BEFORE");
    taskForm.put("leadDepartment", String.valueOf(department));
    taskForm.put("cooperatingDepartments", String.valueOf(department));
    taskForm.put("milestone", "");
    taskForm.put("startDate", "2019-07-01");
    taskForm.put("deadline", "2019-08-10");
    taskForm.put("deadlineAnchor", "FIXED");
    taskForm.put("deadlineOffsetDays", "");
    taskForm.put("status", "NOT_STARTED");
    taskForm.put("progress", "0");
    taskForm.put("completedOn", "");
    taskForm.put("resultNote", "");
    taskForm.put("priority", "NORMAL");
    taskForm.put("confidentiality", "NORMAL");
    taskForm.put("deadlineChangeReason", "");
    sweep.posts(admin, "/tasks", taskForm, csrf);
    Map<String, String> relative = new LinkedHashMap<>(taskForm);
    relative.put("deadlineAnchor", "OPENING");
    relative.put("deadlineOffsetDays", "30");
    sweep.posts(admin, "/tasks", relative, List.of("deadlineAnchor", "deadlineOffsetDays"), csrf);
    Map<String, String> taskEdit = new LinkedHashMap<>(taskForm);
    taskEdit.put("version", "0");
    sweep.posts(admin, "/tasks/" + task, taskEdit, csrf);
    sweep.posts(
        admin,
        "/tasks/" + task + "/progress",
        Map.of("progress", "10", "note", "Tiến triển"),
        csrf);
    Map<String, String> milestoneForm = new LinkedHashMap<>();
    milestoneForm.put("title", "Mốc thử lỗi");
    milestoneForm.put("workstream", "PROPAGANDA");
    milestoneForm.put("kind", "PLAN");
    milestoneForm.put("dueDate", "2019-08-30");
    milestoneForm.put("submitTo", "Ban Thường vụ");
    milestoneForm.put("responsibleDepartment", String.valueOf(department));
    milestoneForm.put("changeReason", "");
    sweep.posts(admin, "/milestones", milestoneForm, csrf);
    Map<String, String> milestoneEdit = new LinkedHashMap<>(milestoneForm);
    milestoneEdit.put("version", "0");
    sweep.posts(admin, "/milestones/" + milestone, milestoneEdit, csrf);
    sweep.posts(
        admin,
        "/milestones/" + milestone + "/submit",
        Map.of("note", "Nộp", "lateReason", ""),
        csrf);
    sweep.posts(admin, "/milestones/" + milestone + "/return", Map.of("comment", "Bổ sung"), csrf);
    sweep.posts(admin, "/milestones/" + milestone + "/approve", Map.of("version", "0"), csrf);
    Map<String, String> userForm = new LinkedHashMap<>();
    userForm.put("username", "thuloi");
    userForm.put("fullName", "Người Thử Lỗi");
    userForm.put("role", "STAFF");
    userForm.put("department", String.valueOf(department));
    userForm.put("clearance", "NORMAL");
    userForm.put("enabled", "true");
    userForm.put("password", "");
    sweep.posts(admin, "/admin/users", userForm, csrf);
    Map<String, String> userEdit = new LinkedHashMap<>(userForm);
    userEdit.remove("username");
    userEdit.remove("password");
    userEdit.put("version", "0");
    sweep.posts(admin, "/admin/users/" + user, userEdit, csrf);
    sweep.posts(admin, "/admin/users/" + user + "/reset-password", Map.of("password", ""), csrf);
    Map<String, String> departmentForm = new LinkedHashMap<>();
    departmentForm.put("name", "Đơn vị thử lỗi");
    departmentForm.put("code", "TL");
    departmentForm.put("kind", "OTHER");
    departmentForm.put("active", "true");
    sweep.posts(admin, "/admin/departments", departmentForm, csrf);
    Map<String, String> departmentEdit = new LinkedHashMap<>(departmentForm);
    departmentEdit.put("version", "0");
    sweep.posts(admin, "/admin/departments/" + department, departmentEdit, csrf);
    Map<String, String> congressForm = new LinkedHashMap<>();
    congressForm.put("name", "Đại hội thử lỗi");
    congressForm.put("term", "2020-2025");
    congressForm.put("level", "PROVINCIAL");
    congressForm.put("venue", "Hội trường");
    congressForm.put("preparatoryDate", "2020-09-22");
    congressForm.put("openingDate", "2020-09-23");
    congressForm.put("closingDate", "2020-09-25");
    congressForm.put("delegates", "300");
    congressForm.put("version", "0");
    sweep.posts(admin, "/admin/congress", congressForm, csrf);
    sweep.posts(
        admin,
        "/admin/tasks/assign",
        Map.of("taskIds", String.valueOf(task), "leadDepartment", String.valueOf(department)),
        csrf);
    sweep.posts(
        admin,
        "/account/password",
        Map.of("currentPassword", "sai-mat-khau", "newPassword", "x", "confirmPassword", "y"),
        csrf);

    // Anonymous: the login form with the same values (an unknown user, so nothing gets locked).
    WebClient anonymous = new WebClient(port);
    String loginToken = anonymous.csrf("/login");
    for (var value : Sweep.VALUES.entrySet()) {
      sweep.record(
          "POST /login",
          "username",
          value.getKey(),
          anonymous.postRaw(
              "/login",
              "username=" + value.getValue() + "&password=x&_csrf=" + WebClient.enc(loginToken)));
    }
    sweep.record(
        "POST /login",
        "username",
        "1M chars",
        Sweep.send(
            anonymous,
            anonymous
                .request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=" + Sweep.MILLION + "&password=x&_csrf=" + loginToken,
                        StandardCharsets.UTF_8))
                .build()));

    assertThat(sweep.results.size() - before).as("requests").isGreaterThan(1500);
    assertThat(sweep.bad(before)).as("server errors, closed connections or stack traces").isEmpty();
  }

  @Test
  void
      theBudgetBulletinReportNotificationCalendarTimelineAndImportRoutesRefuseMalformedInputCleanly()
          throws IOException {
    int before = sweep.results.size();
    long estimate =
        jdbc.queryForObject(
            "select min(id) from milestone where kind = 'BUDGET_ESTIMATE'", Long.class);
    long line = jdbc.queryForObject("select min(id) from budget_line", Long.class);
    long bulletin = jdbc.queryForObject("select min(id) from bulletin", Long.class);
    Long coverage =
        jdbc.queryForObject(
            "select min(id) from coverage_item where bulletin_id = ?", Long.class, bulletin);

    // Budget (SPEC §7: /budget…)
    List<String> estimateParam = List.of("milestone");
    sweep.gets(admin, "/budget", List.of("milestone", "edit"));
    sweep.gets(admin, "/budget/export", estimateParam);
    sweep.gets(admin, "/budget/revisions", estimateParam);
    sweep.gets(admin, "/budget/revisions/1", estimateParam);
    sweep.gets(admin, "/budget/print", estimateParam);
    sweep.gets(admin, "/api/v1/budget", estimateParam);
    sweep.ids(admin, "/budget/revisions/{id}", "GET", csrf);
    Map<String, String> lineForm = new LinkedHashMap<>();
    lineForm.put("milestone", String.valueOf(estimate));
    lineForm.put("category", "PRINTING");
    lineForm.put("item", "In tài liệu thử lỗi");
    lineForm.put("unit", "bộ");
    lineForm.put("quantity", "10");
    lineForm.put("unitPrice", "25000");
    lineForm.put("department", String.valueOf(department));
    lineForm.put("note", "Ghi chú");
    sweep.posts(admin, "/budget/lines", lineForm, csrf);
    Map<String, String> lineEdit = new LinkedHashMap<>(lineForm);
    lineEdit.put("version", "0");
    sweep.posts(admin, "/budget/lines/" + line, lineEdit, csrf);
    sweep.posts(
        admin,
        "/budget/lines/" + line + "/actual",
        Map.of("actualAmount", "250000", "note", "Đã chi", "version", "0"),
        csrf);
    sweep.posts(admin, "/budget/lines/" + line + "/delete", Map.of("version", "0"), csrf);
    sweep.posts(
        admin,
        "/budget/submit",
        linked("milestone", String.valueOf(estimate), "note", "Nộp dự toán", "lateReason", ""),
        csrf);
    sweep.posts(
        admin,
        "/budget/approve",
        linked("milestone", String.valueOf(estimate), "comment", "Đồng ý"),
        csrf);
    sweep.posts(
        admin,
        "/budget/return",
        linked("milestone", String.valueOf(estimate), "comment", "Bổ sung"),
        csrf);
    for (String template :
        List.of("/budget/lines/{id}", "/budget/lines/{id}/actual", "/budget/lines/{id}/delete")) {
      sweep.ids(admin, template, "POST", csrf);
    }

    // Bulletins and coverage
    sweep.gets(admin, "/bulletins", List.of("date"));
    sweep.ids(admin, "/bulletins/{id}", "GET", csrf);
    Map<String, String> bulletinForm =
        linked("date", "2020-09-23", "session", "MORNING", "content", "Bản tin thử lỗi");
    sweep.posts(admin, "/bulletins", bulletinForm, csrf);
    Map<String, String> bulletinEdit = new LinkedHashMap<>(bulletinForm);
    bulletinEdit.put("version", "0");
    sweep.posts(admin, "/bulletins/" + bulletin, bulletinEdit, csrf);
    Map<String, String> coverageForm = new LinkedHashMap<>();
    coverageForm.put("outlet", "Báo tỉnh");
    coverageForm.put("kind", "PRINT");
    coverageForm.put("title", "Tin thử lỗi");
    coverageForm.put("url", "https://baotinh.vn/tin");
    coverageForm.put("publishedOn", "2020-09-23");
    sweep.posts(admin, "/bulletins/" + bulletin + "/coverage", coverageForm, csrf);
    sweep.ids(admin, "/bulletins/{id}/coverage", "POST", csrf);
    sweep.ids(admin, "/bulletins/" + bulletin + "/coverage/{id}/delete", "POST", csrf);
    if (coverage != null) {
      sweep.ids(admin, "/bulletins/{id}/coverage/" + coverage + "/delete", "POST", csrf);
    }

    // Quick report, page and PDF
    sweep.gets(admin, "/reports/quick", List.of("asOf"));
    sweep.gets(admin, "/reports/quick.pdf", List.of("asOf"));

    // Notifications, preferences, chase, calendar
    sweep.gets(admin, "/notifications", List.of("page"));
    sweep.gets(admin, "/notifications/unread", List.of("compact"));
    sweep.gets(admin, "/account/notifications", List.of("lang"));
    sweep.posts(admin, "/notifications/read-all", Map.of("next", "/tasks/1"), csrf);
    sweep.ids(admin, "/notifications/{id}/read", "POST", csrf);
    sweep.posts(admin, "/notifications/1/read", Map.of("next", "/tasks/1"), csrf);
    sweep.posts(
        admin,
        "/account/notifications",
        linked("email", "canbo@tinh.gov.vn", "emailEnabled", "true"),
        csrf);
    sweep.posts(
        admin, "/tasks/" + task + "/chase", Map.of("message", "Đề nghị báo cáo tiến độ"), csrf);
    sweep.ids(admin, "/tasks/{id}/chase", "POST", csrf);
    sweep.posts(admin, "/account/calendar", Map.of("extra", "1"), csrf);
    sweep.posts(admin, "/account/calendar/revoke", Map.of("extra", "1"), csrf);
    WebClient anonymous = new WebClient(port);
    for (var token :
        List.of(
            "abc",
            "%00" + "a".repeat(42),
            "x".repeat(10_000),
            "%C3%28%FF%FE" + "a".repeat(40),
            "a".repeat(43),
            "..%2F..%2Fetc%2Fpasswd",
            "%E2%80%AE" + "a".repeat(40))) {
      sweep.record(
          "GET /calendar/{token}.ics",
          "token",
          token.length() > 50 ? token.substring(0, 12) + "…(" + token.length() + ")" : token,
          Sweep.send(anonymous, anonymous.request("/calendar/" + token + ".ics").GET().build()));
    }

    // Timeline and "my work"
    List<String> timelineFilters = new java.util.ArrayList<>(LIST_FILTERS);
    timelineFilters.add("groupBy");
    sweep.gets(admin, "/timeline", timelineFilters);
    sweep.gets(admin, "/my-work", List.of("page"));

    // Import: the pages, bad ids, and uploads that are no spreadsheet, too large or malformed.
    sweep.gets(admin, "/tasks/import", List.of("lang"));
    sweep.gets(admin, "/tasks/import/template.xlsx", List.of("lang"));
    sweep.ids(admin, "/tasks/import/{id}", "GET", csrf);
    sweep.ids(admin, "/tasks/import/{id}/confirm", "POST", csrf);
    String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    upload(
        "not a spreadsheet",
        "ghi-chu.txt",
        "text/plain",
        "Không phải bảng tính".getBytes(StandardCharsets.UTF_8));
    upload("random bytes as .xlsx", "bang.xlsx", xlsx, randomBytes(50_000));
    upload("empty file", "rong.xlsx", xlsx, new byte[0]);
    upload(
        "a zip that is no workbook",
        "nen.xlsx",
        xlsx,
        zip("readme.txt", "xin chào".getBytes(StandardCharsets.UTF_8)));
    upload(
        "zip bomb", "bom.xlsx", xlsx, zip("xl/worksheets/sheet1.xml", new byte[60 * 1024 * 1024]));
    upload("6 MB (over the 5 MB limit)", "lon.xlsx", xlsx, new byte[6 * 1024 * 1024]);
    upload("13 MB (over the upload limit)", "qua-lon.xlsx", xlsx, new byte[13 * 1024 * 1024]);
    upload("NUL and bidi in the file name", "a\u0000b\u202Etxt.xlsx", xlsx, randomBytes(100));
    upload("10k-character file name", "x".repeat(10_000) + ".xlsx", xlsx, randomBytes(100));
    for (var workbook :
        List.of(Map.entry("text", textRows()), Map.entry("numbers", numberRows()))) {
      HttpResponse<String> answer =
          upload(
              "the template with malformed " + workbook.getKey(),
              "mau-loi.xlsx",
              xlsx,
              workbook.getValue());
      Matcher preview =
          Pattern.compile("/tasks/import/(\\d+)$")
              .matcher(answer == null ? "" : answer.headers().firstValue("Location").orElse(""));
      if (preview.find()) {
        String id = preview.group(1);
        sweep.record(
            "GET /tasks/import/{id}",
            "preview",
            workbook.getKey(),
            admin.get("/tasks/import/" + id));
        sweep.record(
            "POST /tasks/import/{id}/confirm",
            "confirm",
            workbook.getKey(),
            admin.postRaw("/tasks/import/" + id + "/confirm", "_csrf=" + WebClient.enc(csrf)));
      }
    }

    // Plan reuse: the preview with every field malformed, then copies confirmed with a malformed
    // name or opening date (a copy into a new congress that does not become the current one).
    long previousTerm =
        jdbc.queryForObject("select id from congress order by opening_date limit 1", Long.class);
    sweep.gets(admin, "/admin/plan-copy", List.of("lang"));
    Map<String, String> copyForm = new LinkedHashMap<>();
    copyForm.put("fromCongress", String.valueOf(previousTerm));
    copyForm.put("toCongress", "");
    copyForm.put("name", "Đại hội thử sao chép");
    copyForm.put("term", "2025-2030");
    copyForm.put("venue", "Hội trường tỉnh");
    copyForm.put("preparatoryDate", "2025-09-22");
    copyForm.put("openingDate", "2025-09-23");
    copyForm.put("closingDate", "2025-09-25");
    copyForm.put("makeCurrent", "false");
    copyForm.put("confirm", "false");
    sweep.posts(admin, "/admin/plan-copy", copyForm, csrf);
    Map<String, String> confirmed = new LinkedHashMap<>(copyForm);
    confirmed.put("confirm", "true");
    sweep.posts(admin, "/admin/plan-copy", confirmed, List.of("name", "openingDate"), csrf);

    // Logout with malformed tokens, from a session of its own (the sweep's stays signed in).
    WebClient leaving = new WebClient(port).loggedIn("lanhdao", "Lanhdao@2020");
    for (var value : Sweep.VALUES.entrySet()) {
      sweep.record(
          "POST /logout",
          "_csrf",
          value.getKey(),
          leaving.postRaw("/logout", "_csrf=" + value.getValue()));
    }
    sweep.record("GET /actuator/health", "-", "anonymous", anonymous.get("/actuator/health"));

    // Pages without parameters, once each.
    for (String page :
        List.of(
            "/",
            "/tasks/new",
            "/milestones/new",
            "/admin/departments",
            "/admin/congress",
            "/account/password")) {
      sweep.record("GET " + page, "-", "-", admin.get(page));
    }

    assertThat(sweep.results.size() - before).as("requests").isGreaterThan(900);
    assertThat(sweep.bad(before)).as("server errors, closed connections or stack traces").isEmpty();
  }

  private HttpResponse<String> upload(String what, String filename, String type, byte[] content) {
    HttpResponse<String> answer =
        sweep.upload(admin, "/tasks/import", csrf, filename, type, content);
    sweep.record("POST /tasks/import", "file", what, answer);
    return answer;
  }

  /**
   * The downloaded template with rows of text a careless or hostile spreadsheet holds: NUL, control
   * and bidi characters, the longest text a cell takes, impossible dates, unknown codes, numbers
   * far out of range.
   */
  private byte[] textRows() throws IOException {
    return withRows(
        new Object[][] {
          {
            "Tiêu đề\u0000có NUL",
            "PROPAGANDA",
            "BEFORE",
            "VPTU",
            "",
            "2019-08-10",
            "2019-07-01",
            "NORMAL",
            "NORMAL",
            "",
            "Mô tả\u202E"
          },
          {
            "x".repeat(32_767),
            "SERVICE",
            "DURING",
            "VPTU",
            "VPTU,TGTU",
            "2019-02-31",
            "31/02/2019",
            "HIGH",
            "SECRET",
            "999999999999",
            "y".repeat(32_767)
          },
          {
            "Mã lạ",
            "%00",
            "phase\u0001",
            "\u202EVPTU",
            ";;;;",
            "99999999999999999999",
            "2147483647",
            "x".repeat(10_000),
            "-1",
            "abc",
            "\u0007"
          },
          {
            "Hạn tương đối lạ",
            "PROPAGANDA",
            "BEFORE",
            "VPTU",
            "",
            "OPENING-99999999999",
            "",
            "NORMAL",
            "NORMAL",
            "",
            ""
          },
        });
  }

  /** Rows of numbers where dates belong (huge, negative, past Excel's last day) and formulas. */
  private byte[] numberRows() throws IOException {
    return withRows(
        new Object[][] {
          {
            "Hạn là số lớn",
            "SECURITY",
            "AFTER",
            "VPTU",
            "",
            1e308,
            -5.0,
            "URGENT",
            "TOP_SECRET",
            "-1",
            ""
          },
          {
            "Hạn sau ngày cuối của Excel",
            "PROPAGANDA",
            "BEFORE",
            "VPTU",
            "",
            2_958_466.0,
            0.0,
            "NORMAL",
            "NORMAL",
            "",
            ""
          },
          {"=A1&A1", "=1/0", "BEFORE", "VPTU", "", "=TODAY()", "", "NORMAL", "NORMAL", "", ""},
        });
  }

  private byte[] withRows(Object[][] rows) throws IOException {
    HttpResponse<byte[]> template =
        sendBytes(admin.request("/tasks/import/template.xlsx").GET().build());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
      Sheet sheet = wb.getSheetAt(0);
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows[r].length; c++) {
          Cell cell = row.createCell(c);
          Object v = rows[r][c];
          if (v instanceof Double d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
          } else if (v instanceof String s && s.startsWith("=")) {
            cell.setCellFormula(s.substring(1));
          } else {
            cell.setCellValue((String) v);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private HttpResponse<byte[]> sendBytes(HttpRequest request) {
    try {
      return admin.http().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] zip(String entry, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    new java.util.Random(11).nextBytes(bytes);
    return bytes;
  }

  private static Map<String, String> linked(String... keyValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
