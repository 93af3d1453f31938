package vn.congressplanner.task.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.department.internal.DepartmentRepository;
import vn.congressplanner.support.IntegrationTest;
import vn.congressplanner.task.Task;
import vn.congressplanner.task.TaskFilter;
import vn.congressplanner.task.TaskFixtures;
import vn.congressplanner.task.TaskService;

/**
 * The task pages over HTTP (MockMvc with the real security chain and database): field error codes
 * next to the right fields with the user's input kept, access answers (403, 404), the htmx
 * fragment, the conflict page, progress reports and the bulk assignment.
 */
@IntegrationTest
@TestPropertySource(properties = "planner.test.database=tasks")
class TaskControllerTests {

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

  MockHttpServletRequestBuilder validCreate(String title, String lead, String... overrides) {
    return validForm(post("/tasks"), title, lead, overrides);
  }

  /** A valid task form; {@code overrides} are name, value pairs that replace the defaults. */
  MockHttpServletRequestBuilder validForm(
      MockHttpServletRequestBuilder request, String title, String lead, String... overrides) {
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("title", title);
    fields.put("workstream", "PROPAGANDA");
    fields.put("phase", "BEFORE");
    fields.put("leadDepartment", String.valueOf(f.departmentId(lead)));
    fields.put("deadline", "2019-08-10");
    fields.put("status", "NOT_STARTED");
    fields.put("progress", "0");
    fields.put("priority", "NORMAL");
    fields.put("confidentiality", "NORMAL");
    for (int i = 0; i < overrides.length; i += 2) {
      fields.put(overrides[i], overrides[i + 1]);
    }
    fields.forEach(request::param);
    return request.with(csrf());
  }

  Task createOwn(String lead, Clearance confidentiality) {
    TaskFixtures.Command c = f.command("Nhiệm vụ trang kiểm thử " + TaskFixtures.token(), lead);
    c.confidentiality = confidentiality;
    if (confidentiality != Clearance.NORMAL) {
      c.workstream = Workstream.SECURITY;
    }
    return service.create(c.build(), f.admin());
  }

  @Test
  void createRedirectsToTheNewTask() throws Exception {
    String title = "Tạo qua trang " + TaskFixtures.token();
    String location =
        mvc.perform(validCreate(title, "TGTU").with(as("tuyengiao")))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("flashSuccess", "task.created"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).matches("/tasks/\\d+");
    mvc.perform(get(location).with(as("tuyengiao")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(title)));
  }

  @Test
  void aRuleMessageAppearsNextToItsFieldAndTheInputIsKept() throws Exception {
    String title = "Giữ dữ liệu " + TaskFixtures.token();
    TaskFixtures.Snapshot before = f.snapshot();
    String html =
        mvc.perform(
                validCreate(
                        title,
                        "TGTU",
                        "deadline",
                        "2020-09-23",
                        "startDate",
                        "2020-09-24",
                        "description",
                        "Nội dung đã gõ")
                    .with(as("tuyengiao")))
            .andExpect(status().isOk())
            .andExpect(view().name("tasks/form"))
            .andExpect(
                model()
                    .attributeHasFieldErrorCode(
                        "taskForm", "deadline", "task.deadline.outsidePhase"))
            .andExpect(
                model()
                    .attributeHasFieldErrorCode(
                        "taskForm", "startDate", "task.startDate.afterDeadline"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(f.snapshot()).isEqualTo(before);

    Document page = Jsoup.parse(html);
    assertThat(page.select("[data-error-for=deadline]").text())
        .contains("Trước Đại hội")
        .contains("23/09/2020");
    assertThat(page.select("#deadline").hasClass("is-invalid")).isTrue();
    assertThat(page.select("#title").val()).isEqualTo(title);
    assertThat(page.select("#leadDepartment option[selected]").val())
        .isEqualTo(String.valueOf(f.departmentId("TGTU")));
    assertThat(page.select("#description").text()).isEqualTo("Nội dung đã gõ");
    assertThat(page.select("#deadline").val()).isEqualTo("2020-09-23");
    assertThat(page.select("#startDate").val()).isEqualTo("2020-09-24");
  }

  @Test
  void missingAndMistypedFieldsAreFieldErrorsToo() throws Exception {
    String html =
        mvc.perform(
                validCreate("", "TGTU", "deadline", "không phải ngày", "progress", "nhiều")
                    .with(as("tuyengiao")))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("taskForm", "title", "NotBlank"))
            .andExpect(model().attributeHasFieldErrorCode("taskForm", "deadline", "typeMismatch"))
            .andExpect(model().attributeHasFieldErrorCode("taskForm", "progress", "typeMismatch"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(html);
    assertThat(page.select("#deadline").val()).isEqualTo("không phải ngày");
    assertThat(page.select("[data-error-for=deadline]").text()).isEqualTo("Ngày không hợp lệ");
    assertThat(page.select("[data-error-for=title]").text()).isEqualTo("Không được để trống");
  }

  @Test
  void staffPostingToAnotherDepartmentsTaskGets403AndNothingChanges() throws Exception {
    Task cat = createOwn("CAT", Clearance.NORMAL);
    TaskFixtures.Snapshot before = f.snapshot();
    mvc.perform(
            validForm(post("/tasks/{id}", cat.getId()), "Chiếm quyền", "CAT")
                .with(as("tuyengiao"))
                .param("version", String.valueOf(cat.getVersion())))
        .andExpect(status().isForbidden());
    mvc.perform(validCreate("Tạo hộ đơn vị khác", "CAT").with(as("tuyengiao")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/tasks/{id}/progress", cat.getId())
                .with(csrf())
                .with(as("tuyengiao"))
                .param("progress", "50")
                .param("note", "Không được phép"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/tasks/{id}/edit", cat.getId()).with(as("tuyengiao")))
        .andExpect(status().isForbidden());
    assertThat(f.snapshot()).isEqualTo(before);
  }

  @Test
  void aTaskAboveTheClearanceAnswers404AndIsAbsentFromTheList() throws Exception {
    Task secret = createOwn("CAT", Clearance.SECRET);
    String token = secret.getTitle().substring(secret.getTitle().lastIndexOf(' ') + 1);
    mvc.perform(get("/tasks/{id}", secret.getId()).with(as("tuyengiao")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/tasks/{id}/edit", secret.getId()).with(as("tuyengiao")))
        .andExpect(status().isNotFound());
    assertThat(count("/tasks?q=" + token, "tuyengiao")).isZero();
    assertThat(count("/tasks?q=" + token, "congan")).isEqualTo(1);
    mvc.perform(get("/tasks/{id}", secret.getId()).with(as("congan"))).andExpect(status().isOk());
  }

  @Test
  void theListAnswersHtmxWithTheResultsFragmentOnly() throws Exception {
    String full =
        mvc.perform(get("/tasks").param("q", "tuyen truyen").with(as("admin")))
            .andExpect(status().isOk())
            .andExpect(header().string("Vary", containsString("HX-Request")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String fragment =
        mvc.perform(
                get("/tasks")
                    .param("q", "tuyen truyen")
                    .header("HX-Request", "true")
                    .with(as("admin")))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("<html"))))
            .andExpect(content().string(not(containsString("id=\"task-filter\""))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document fragmentDoc = Jsoup.parse(fragment);
    assertThat(fragmentDoc.select("section#task-results")).hasSize(1);
    assertThat(fragmentDoc.select("[data-testid=task-count]").text())
        .isEqualTo(Jsoup.parse(full).select("[data-testid=task-count]").text());

    // A history restore is a full page again.
    mvc.perform(
            get("/tasks")
                .header("HX-Request", "true")
                .header("HX-History-Restore-Request", "true")
                .with(as("admin")))
        .andExpect(content().string(containsString("<html")));
  }

  @Test
  void theListKeepsItsFilterInLinksAndShowsStatusesWithText() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(
                    get("/tasks?workstream=PROPAGANDA&deadlineStatus=OVERDUE").with(as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(page.select("[data-testid=task-count]").text()).matches("\\d+");
    assertThat(page.select("[data-deadline-status=OVERDUE]"))
        .isNotEmpty()
        .allSatisfy(b -> assertThat(b.text()).isEqualTo("Chưa hoàn thành, quá hạn"));
    assertThat(page.select("[data-testid=days-overdue]").first().text())
        .matches("Quá hạn \\d+ ngày");
    assertThat(page.select("[data-testid=export-xlsx]").attr("href"))
        .startsWith("/tasks/export?")
        .contains("format=xlsx")
        .contains("workstream=PROPAGANDA")
        .contains("deadlineStatus=OVERDUE");
    assertThat(page.select("a[data-sort=deadline]").attr("href"))
        .contains("workstream=PROPAGANDA")
        .contains("sort=deadline,desc");
    assertThat(page.select("#filter-workstream option[selected]").val()).isEqualTo("PROPAGANDA");
  }

  @Test
  void aBadFilterValueIsLeftOutInsteadOfFailingThePage() throws Exception {
    Object filter =
        mvc.perform(
                get("/tasks?workstream=KHONG_CO&deadlineFrom=2019-02-31&phase=BEFORE")
                    .with(as("admin")))
            .andExpect(status().isOk())
            .andReturn()
            .getModelAndView()
            .getModel()
            .get("filter");
    assertThat(filter)
        .isEqualTo(
            new TaskFilter(
                null, Phase.BEFORE, null, null, null, null, null, null, null, null, null));
  }

  @Test
  void aStaleVersionShowsTheConflictPageWithTheCurrentValues() throws Exception {
    Task task = createOwn("TGTU", Clearance.NORMAL);
    TaskFixtures.Command newer = TaskFixtures.Command.of(service.get(task.getId(), f.admin()));
    newer.title = task.getTitle() + " (bản mới)";
    service.update(task.getId(), newer.build(), f.leader());
    TaskFixtures.Snapshot before = f.snapshot();

    String html =
        mvc.perform(
                post("/tasks/{id}", task.getId())
                    .with(csrf())
                    .with(as("tuyengiao"))
                    .param("title", task.getTitle() + " (bản cũ)")
                    .param("workstream", "PROPAGANDA")
                    .param("phase", "BEFORE")
                    .param("leadDepartment", String.valueOf(f.departmentId("TGTU")))
                    .param("deadline", "2019-08-10")
                    .param("status", "NOT_STARTED")
                    .param("priority", "NORMAL")
                    .param("confidentiality", "NORMAL")
                    .param("version", String.valueOf(task.getVersion())))
            .andExpect(status().isConflict())
            .andExpect(view().name("tasks/conflict"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(f.snapshot()).isEqualTo(before);
    assertThat(Jsoup.parse(html).select("[data-testid=current-title]").text())
        .isEqualTo(newer.title);
  }

  @Test
  void progressReportsAreRecordedOrRefusedNextToTheirFields() throws Exception {
    Task task = createOwn("TGTU", Clearance.NORMAL);
    TaskFixtures.Snapshot before = f.snapshot();
    mvc.perform(
            post("/tasks/{id}/progress", task.getId())
                .with(csrf())
                .with(as("tuyengiao"))
                .param("progress", "150")
                .param("note", ""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(view().name("tasks/detail"))
        .andExpect(
            model().attributeHasFieldErrorCode("progressForm", "progress", "task.progress.range"))
        .andExpect(
            model()
                .attributeHasFieldErrorCode("progressForm", "note", "task.progressNote.required"));
    assertThat(f.snapshot()).isEqualTo(before);

    mvc.perform(
            post("/tasks/{id}/progress", task.getId())
                .with(csrf())
                .with(as("tuyengiao"))
                .param("progress", "35")
                .param("note", "Đã hoàn thành dự thảo"))
        .andExpect(redirectedUrl("/tasks/" + task.getId()));
    Document detail =
        Jsoup.parse(
            mvc.perform(get("/tasks/{id}", task.getId()).with(as("tuyengiao")))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(detail.select("[data-testid=progress-reports] li")).hasSize(1);
    assertThat(detail.select("[data-testid=progress]").text()).isEqualTo("35%");
    assertThat(detail.select("[data-testid=task-history]").text()).contains("Tiến độ (%)");
  }

  @Test
  void adminAssignsLeadDepartmentsInBulkAndSeesWhatWasRefused() throws Exception {
    Task plain = createOwn("TGTU", Clearance.NORMAL);
    TaskFixtures.Command c = f.command("Có Báo phối hợp " + TaskFixtures.token(), "TGTU");
    c.cooperating = new java.util.ArrayList<>(List.of(f.departmentId("BYB")));
    Task refused = service.create(c.build(), f.admin());

    mvc.perform(
            post("/admin/tasks/assign")
                .with(csrf())
                .with(as("admin"))
                .param("taskIds", String.valueOf(plain.getId()), String.valueOf(refused.getId()))
                .param("leadDepartment", String.valueOf(f.departmentId("BYB")))
                .param("back", "/tasks?q=abc"))
        .andExpect(redirectedUrl("/tasks?q=abc"))
        .andExpect(flash().attribute("flashError", "task.assign.partly"))
        .andExpect(
            r -> {
              var summary = (TaskAssignmentController.Summary) r.getFlashMap().get("assignSummary");
              assertThat(summary.changed()).containsExactly(plain.getTitle());
              assertThat(summary.refused())
                  .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                  .startsWith(refused.getTitle())
                  .contains("không được đồng thời là đơn vị phối hợp");
            });
    assertThat(service.get(plain.getId(), f.admin()).getLeadDepartment().getCode())
        .isEqualTo("BYB");
    assertThat(service.get(refused.getId(), f.admin()).getLeadDepartment().getCode())
        .isEqualTo("TGTU");

    TaskFixtures.Snapshot before = f.snapshot();
    mvc.perform(
            post("/admin/tasks/assign")
                .with(csrf())
                .with(as("tuyengiao"))
                .param("taskIds", String.valueOf(plain.getId()))
                .param("leadDepartment", String.valueOf(f.departmentId("TGTU"))))
        .andExpect(status().isForbidden());
    assertThat(f.snapshot()).isEqualTo(before);
  }

  @Test
  void onlyTheAdminSeesTheBulkAssignmentControls() throws Exception {
    assertThat(
            page("/tasks", "admin")
                .select(
                    "form#bulk-assign input[name=taskIds], input[name=taskIds][form=bulk-assign]"))
        .isNotEmpty();
    assertThat(page("/tasks", "lanhdao").select("input[name=taskIds]")).isEmpty();
  }

  @Test
  void theSafeBackLinkNeverLeavesTheTaskList() {
    assertThat(TaskAssignmentController.safeBack("/tasks?q=x")).isEqualTo("/tasks?q=x");
    assertThat(TaskAssignmentController.safeBack("https://evil.example/")).isEqualTo("/tasks");
    assertThat(TaskAssignmentController.safeBack("//evil.example/tasks")).isEqualTo("/tasks");
    assertThat(TaskAssignmentController.safeBack(null)).isEqualTo("/tasks");
  }

  Document page(String url, String username) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(url).with(as(username))).andReturn().getResponse().getContentAsString());
  }

  long count(String url, String username) throws Exception {
    return Long.parseLong(page(url, username).select("[data-testid=task-count]").text());
  }
}
