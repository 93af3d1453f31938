package vn.congressplanner.task.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.congressplanner.department.internal.DepartmentRepository;
import vn.congressplanner.support.IntegrationTest;
import vn.congressplanner.task.Task;
import vn.congressplanner.task.TaskFixtures;
import vn.congressplanner.task.TaskService;
import vn.congressplanner.task.TaskStatus;

/**
 * Issue 13 as a user meets it, through the pages: "my work" and its one-card progress report, full
 * names instead of usernames, labels in the change logs, the language link that keeps the query,
 * page numbers, the conflict page's lead department, the login that keeps the username, the icon.
 */
@IntegrationTest
class UsabilityTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired TaskService service;
  @Autowired DepartmentRepository departments;
  @Autowired JdbcTemplate jdbc;

  TaskFixtures f;

  @BeforeEach
  void fixtures() {
    f = new TaskFixtures(departments, jdbc);
  }

  RequestPostProcessor as(String username) {
    return user(users.loadUserByUsername(username));
  }

  Document page(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  Task task(String title, String lead, LocalDate deadline, List<String> cooperating) {
    TaskFixtures.Command c = f.command(title, lead);
    c.deadline = deadline;
    c.cooperating = cooperating.stream().map(f::departmentId).toList();
    return service.create(c.build(), f.admin());
  }

  @Test
  void myWorkListsTheDepartmentsOpenTasksLedAndCooperatingMostUrgentFirst() throws Exception {
    String token = TaskFixtures.token();
    Task overdue = task("Quá hạn " + token, "TGTU", LocalDate.of(2019, 7, 14), List.of());
    Task soon = task("Sắp đến hạn " + token, "CAT", LocalDate.of(2019, 7, 22), List.of("TGTU"));
    Task later = task("Còn hạn " + token, "TGTU", LocalDate.of(2019, 7, 23), List.of());
    Task done = task("Đã xong " + token, "TGTU", LocalDate.of(2019, 7, 10), List.of());
    jdbc.update(
        "update task set status = 'DONE', progress = 100, completed_on = date '2019-07-10',"
            + " result_note = 'Xong' where id = ?",
        done.getId());
    Task cancelled = task("Đã hủy " + token, "TGTU", LocalDate.of(2019, 7, 10), List.of());
    jdbc.update("update task set status = 'CANCELLED' where id = ?", cancelled.getId());
    Task other = task("Đơn vị khác " + token, "CAT", LocalDate.of(2019, 7, 14), List.of());

    Document html = page(get("/my-work").with(as("tuyengiao")));
    List<String> mine =
        html.select("[data-testid=work-card] [data-testid=work-title]").eachText().stream()
            .filter(t -> t.endsWith(token))
            .toList();
    // Overdue (14/07), due soon (22/07: within 7 days of 15/07), on track (23/07).
    assertThat(mine)
        .containsExactly(overdue.getTitle(), soon.getTitle(), later.getTitle())
        .doesNotContain(done.getTitle(), cancelled.getTitle(), other.getTitle());
    assertThat(html.select("#group-OVERDUE")).hasSize(1);
    Element soonCard = html.selectFirst("[data-task-id=" + soon.getId() + "]");
    assertThat(soonCard.text()).contains("Phối hợp với Công an tỉnh");
    assertThat(soonCard.select("form[data-testid=work-progress-form] input[name=from]").val())
        .isEqualTo("my-work");
    // STAFF see it first on the dashboard they land on, and in the menu.
    Document dashboard = page(get("/dashboard").with(as("tuyengiao")));
    assertThat(dashboard.select("[data-testid=dashboard-my-work] [data-testid=work-card]"))
        .hasSizeBetween(1, 3);
    assertThat(dashboard.select("[data-nav=my-work]")).hasSize(1);
    assertThat(page(get("/dashboard").with(as("lanhdao"))).select("[data-nav=my-work]")).isEmpty();
  }

  @Test
  void aProgressReportFromMyWorkSwapsOneCardOrRedirectsWithoutJavaScript() throws Exception {
    Task t =
        task("Báo cáo nhanh " + TaskFixtures.token(), "TGTU", LocalDate.of(2019, 8, 1), List.of());

    // Refused (no note): the card comes back with the error, nothing changed.
    TaskFixtures.Snapshot before = f.snapshot();
    Document refused =
        page(
            post("/tasks/{id}/progress", t.getId())
                .param("progress", "40")
                .param("note", " ")
                .param("from", "my-work")
                .header("HX-Request", "true")
                .with(csrf())
                .with(as("tuyengiao")));
    assertThat(refused.select("[data-testid=work-card]")).hasSize(1);
    assertThat(refused.select("[data-error-for=note]")).hasSize(1);
    assertThat(refused.select("input[name=progress]").val()).isEqualTo("40");
    assertThat(f.snapshot()).isEqualTo(before);

    Document saved =
        page(
            post("/tasks/{id}/progress", t.getId())
                .param("progress", "40")
                .param("note", "Đã đăng 3 tin bài")
                .param("from", "my-work")
                .header("HX-Request", "true")
                .with(csrf())
                .with(as("tuyengiao")));
    assertThat(saved.select("[data-testid=work-saved]")).hasSize(1);
    assertThat(saved.select("[data-testid=work-progress]").text()).contains("40");
    assertThat(service.get(t.getId(), f.admin()).getProgress()).isEqualTo(40);
    assertThat(service.get(t.getId(), f.admin()).getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);

    // Without JavaScript: the same form posts and comes back to my work.
    mvc.perform(
            post("/tasks/{id}/progress", t.getId())
                .param("progress", "60")
                .param("note", "Thêm 2 tin bài")
                .param("from", "my-work")
                .with(csrf())
                .with(as("tuyengiao")))
        .andExpect(redirectedUrl("/my-work"));
  }

  @Test
  void peopleAreShownByFullNameAndTheChangeLogSpeaksInLabels() throws Exception {
    Task t =
        task("Tên đầy đủ " + TaskFixtures.token(), "TGTU", LocalDate.of(2019, 8, 1), List.of());
    service.reportProgress(t.getId(), 30, "Đã họp triển khai", f.tuyengiao());
    TaskFixtures.Command c = TaskFixtures.Command.of(service.get(t.getId(), f.admin()));
    c.deadline = LocalDate.of(2019, 8, 5);
    service.update(t.getId(), c.build(), f.leader());

    Document detail = page(get("/tasks/{id}", t.getId()).with(as("tuyengiao")));
    assertThat(detail.select("[data-testid=created-by]").text()).isEqualTo("Quản trị hệ thống");
    assertThat(detail.select("[data-testid=progress-reports]").text())
        .contains("Trần Thị Hương")
        .doesNotContain("tuyengiao");
    assertThat(detail.select("[data-testid=task-history]").text())
        .contains("Nguyễn Văn Thành")
        .doesNotContain("lanhdao");

    Document log =
        page(
            get("/admin/history")
                .param("entityType", "TASK")
                .param("entityId", t.getId().toString())
                .with(as("admin")));
    String text = log.select("[data-testid=history-table]").text();
    assertThat(text)
        .contains("Nguyễn Văn Thành", "Trần Thị Hương", "01/08/2019", "05/08/2019")
        .contains("Tình trạng", "Đang thực hiện")
        .doesNotContain("2019-08-05", "IN_PROGRESS", "lanhdao", " deadline ");
  }

  @Test
  void theLanguageLinkKeepsTheListsFilterAndPagesHaveNumbersFirstAndLast() throws Exception {
    for (int i = 0; i < 3; i++) {
      task("Trang số " + TaskFixtures.token(), "TGTU", LocalDate.of(2019, 8, 1), List.of());
    }
    Document list = page(get("/tasks?workstream=PROPAGANDA&size=25&page=0").with(as("lanhdao")));
    String lang = list.select("[data-testid=language-link]").attr("href");
    assertThat(lang).startsWith("/tasks?").contains("workstream=PROPAGANDA").contains("lang=en");

    Document all = page(get("/tasks?size=25").with(as("admin")));
    assertThat(all.select("[data-testid=page-first]")).hasSize(1);
    assertThat(all.select("[data-testid=page-last]").attr("href")).contains("page=");
    assertThat(all.select(".pagination [aria-current=page]").text()).isEqualTo("1");
    assertThat(all.select(".pagination a[data-page=1]").attr("href")).contains("page=1");
    // The menu marks where the user is.
    assertThat(all.select("[data-nav=tasks]").attr("aria-current")).isEqualTo("page");
    assertThat(all.select("[data-nav=dashboard]").hasAttr("aria-current")).isFalse();
  }

  @Test
  void theConflictPageShowsTheLeadDepartmentTheUserChose() throws Exception {
    Task t = task("Xung đột " + TaskFixtures.token(), "TGTU", LocalDate.of(2019, 8, 1), List.of());
    long stale = t.getVersion();
    TaskFixtures.Command c = TaskFixtures.Command.of(service.get(t.getId(), f.admin()));
    c.title = t.getTitle() + " (sửa trước)";
    service.update(t.getId(), c.build(), f.admin());

    String html =
        mvc.perform(
                post("/tasks/{id}", t.getId())
                    .param("title", t.getTitle())
                    .param("workstream", "PROPAGANDA")
                    .param("phase", "BEFORE")
                    .param("leadDepartment", String.valueOf(f.departmentId("CAT")))
                    .param("deadline", "2019-08-01")
                    .param("status", "NOT_STARTED")
                    .param("progress", "0")
                    .param("priority", "NORMAL")
                    .param("confidentiality", "NORMAL")
                    .param("version", Long.toString(stale))
                    .with(csrf())
                    .with(as("admin")))
            .andExpect(status().isConflict())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    Document conflict = Jsoup.parse(html);
    assertThat(conflict.select("[data-testid=attempted-lead]").text()).isEqualTo("Công an tỉnh");
    assertThat(conflict.text()).contains("Quản trị hệ thống");
  }

  @Test
  void theTaskFormNeverOffersTheLeadAsCooperatingAndMarksRequiredFields() throws Exception {
    Task t = task("Phối hợp " + TaskFixtures.token(), "TGTU", LocalDate.of(2019, 8, 1), List.of());
    Document form = page(get("/tasks/{id}/edit", t.getId()).with(as("admin")));
    Element lead = form.selectFirst("[data-department=" + f.departmentId("TGTU") + "]");
    assertThat(lead.hasAttr("hidden")).isTrue();
    assertThat(
            form.selectFirst("[data-department=" + f.departmentId("CAT") + "]").hasAttr("hidden"))
        .isFalse();
    assertThat(form.select("form[data-testid=task-form]").attr("data-required"))
        .contains("title", "deadline", "leadDepartment");

    // A refused form: the summary at the top links to the field in error.
    Document refused =
        Jsoup.parse(
            mvc.perform(
                    post("/tasks")
                        .param("title", "")
                        .param("workstream", "PROPAGANDA")
                        .param("phase", "BEFORE")
                        .param("leadDepartment", String.valueOf(f.departmentId("TGTU")))
                        .param("deadline", "2019-08-01")
                        .param("status", "NOT_STARTED")
                        .param("priority", "NORMAL")
                        .param("confidentiality", "NORMAL")
                        .with(csrf())
                        .with(as("tuyengiao")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(refused.select("[data-testid=error-summary] a[href=#title]")).hasSize(1);
  }

  @Test
  void aFailedLoginKeepsTheUsernameAndTheIconIsServed() throws Exception {
    jakarta.servlet.http.Cookie session =
        mvc.perform(
                post("/login")
                    .param("username", "nguoi-la-13")
                    .param("password", "sai")
                    .with(csrf()))
            .andExpect(redirectedUrl("/login?error"))
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    assertThat(session).isNotNull();
    Document login = page(get("/login?error").cookie(session));
    assertThat(login.select("#username").val()).isEqualTo("nguoi-la-13");
    assertThat(login.select("#password").hasAttr("autofocus")).isTrue();
    assertThat(login.select("[data-testid=language-link]").attr("href")).contains("lang=en");

    mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
  }
}
