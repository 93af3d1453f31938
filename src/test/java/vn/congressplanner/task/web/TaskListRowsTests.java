package vn.congressplanner.task.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.account.PlannerUserDetails;
import vn.congressplanner.account.Role;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentService;
import vn.congressplanner.support.IntegrationTest;

/**
 * The list's rows are rendered once and kept (issue 12): a kept page is the page a fresh rendering
 * gives, and everything it shows follows at the next request — a changed task, a renamed department
 * — while what differs between readers (what they may see, the admin's selection column, the
 * language, the page) never comes from another reader's copy.
 */
@IntegrationTest
@TestPropertySource(properties = "planner.test.database=listrows")
class TaskListRowsTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired TaskListRows kept;
  @Autowired DepartmentService departments;
  @Autowired JdbcTemplate jdbc;

  RequestPostProcessor as(String username) {
    return user(users.loadUserByUsername(username));
  }

  Document page(MockHttpServletRequestBuilder request) throws Exception {
    String html =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Jsoup.parse(html);
  }

  static List<Element> rows(Document page) {
    return page.select("[data-testid=task-table] tbody tr");
  }

  static List<String> ids(Document page) {
    return rows(page).stream().map(r -> r.attr("data-task-id")).toList();
  }

  static Element row(Document page, long id) {
    return page.selectFirst("[data-testid=task-table] tbody tr[data-task-id=" + id + "]");
  }

  @Test
  void theSecondRequestIsServedFromTheKeptRowsAndShowsTheSamePage() throws Exception {
    String path = "/tasks?workstream=PROPAGANDA&sort=title";
    Document first = page(get(path).with(as("lanhdao")));
    int entries = kept.size();
    Document second = page(get(path).with(as("lanhdao")));
    assertThat(kept.size()).as("nothing new rendered").isEqualTo(entries);
    assertThat(rows(second)).isNotEmpty();
    assertThat(second.select("#task-results").outerHtml())
        .isEqualTo(first.select("#task-results").outerHtml());
    assertThat(second.selectFirst("[data-testid=task-count]").text())
        .isEqualTo(String.valueOf(count("PROPAGANDA", Clearance.SECRET)));
  }

  @Test
  void aChangedTaskShowsAtTheNextRequest() throws Exception {
    String path = "/tasks?workstream=SERVICE&sort=deadline";
    Document before = page(get(path).with(as("lanhdao")));
    long id = Long.parseLong(ids(before).get(0));
    jdbc.update("update task set title = 'Nhiệm vụ vừa đổi tên', progress = 40 where id = ?", id);

    Document after = page(get(path).with(as("lanhdao")));
    assertThat(row(after, id).text()).contains("Nhiệm vụ vừa đổi tên").contains("40%");
  }

  @Test
  void aRenamedDepartmentShowsAtTheNextRequest() throws Exception {
    String path = "/tasks?workstream=SECURITY&sort=deadline";
    Document before = page(get(path).with(as("lanhdao")));
    long id = Long.parseLong(ids(before).get(0));
    long lead =
        jdbc.queryForObject("select lead_department_id from task where id = ?", Long.class, id);
    Department department = departments.get(lead);
    departments.update(
        lead,
        new DepartmentService.Fields(
            department.getName() + " (tên mới)", department.getCode(), department.getKind(), true),
        department.getVersion(),
        "admin");

    Document after = page(get(path).with(as("lanhdao")));
    assertThat(row(after, id).text()).contains(department.getName() + " (tên mới)");
  }

  @Test
  void aReaderNeverGetsTheRowsOfAReaderWhoMaySeeMore() throws Exception {
    long secret =
        jdbc.queryForObject(
            "select id from task where workstream = 'PROPAGANDA' and confidentiality = 'NORMAL'"
                + " and congress_id = (select id from congress where is_current)"
                + " order by id limit 1",
            Long.class);
    jdbc.update("update task set confidentiality = 'SECRET' where id = ?", secret);
    String path = "/tasks?workstream=PROPAGANDA&size=100";

    assertThat(ids(page(get(path).with(as("lanhdao"))))).contains(String.valueOf(secret));
    Document staff = page(get(path).with(as("tuyengiao")));
    assertThat(ids(staff)).doesNotContain(String.valueOf(secret));
    assertThat(staff.selectFirst("[data-testid=task-count]").text())
        .isEqualTo(String.valueOf(count("PROPAGANDA", Clearance.NORMAL)));
  }

  @Test
  void theAdminsSelectionColumnIsNotShownToALeaderWithTheSameClearance() throws Exception {
    Actor leader = ((PlannerUserDetails) users.loadUserByUsername("lanhdao")).getActor();
    Actor secretAdmin =
        new Actor(
            leader.userId(),
            leader.username(),
            leader.fullName(),
            Role.ADMIN,
            leader.departmentId(),
            Clearance.SECRET);
    String path = "/tasks?phase=BEFORE";

    Document admin =
        page(get(path).with(user(new PlannerUserDetails(secretAdmin, "n/a", true, false, false))));
    assertThat(admin.select("tbody input[name=taskIds]")).hasSameSizeAs(rows(admin));
    Document leaderPage = page(get(path).with(as("lanhdao")));
    assertThat(ids(leaderPage)).isEqualTo(ids(admin));
    assertThat(leaderPage.select("input[name=taskIds]")).isEmpty();
  }

  @Test
  void eachLanguageAndEachPageIsItsOwnCopy() throws Exception {
    String path = "/tasks?workstream=PROPAGANDA&sort=deadline";
    Document vi = page(get(path).with(as("lanhdao")));
    Document en = page(get(path + "&lang=en").with(as("lanhdao")));
    assertThat(ids(en)).isNotEmpty().isEqualTo(ids(vi));
    // The row's line under the title: "Tuyên truyền · Trước Đại hội" or "Propaganda · Before …".
    assertThat(vi.select("[data-testid=task-table] tbody").text()).contains("Tuyên truyền · ");
    assertThat(en.select("[data-testid=task-table] tbody").text())
        .contains("Propaganda · ")
        .doesNotContain("Tuyên truyền · ");

    Document first = page(get("/tasks?sort=deadline").with(as("lanhdao")));
    Document second = page(get("/tasks?sort=deadline&page=1").with(as("lanhdao")));
    assertThat(rows(first)).hasSize(25);
    assertThat(ids(second)).isNotEmpty().doesNotContainAnyElementsOf(ids(first));
  }

  /** The tasks of the current congress in {@code workstream} that {@code clearance} may see. */
  long count(String workstream, Clearance clearance) {
    List<String> visible =
        java.util.Arrays.stream(Clearance.values())
            .filter(clearance::covers)
            .map(Enum::name)
            .toList();
    return jdbc.queryForObject(
        "select count(*) from task where workstream = ? and confidentiality = any(?)"
            + " and congress_id = (select id from congress where is_current)",
        Long.class,
        workstream,
        visible.toArray(String[]::new));
  }
}
