package vn.congressplanner.task.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.congressplanner.account.PlannerUserDetails;
import vn.congressplanner.dashboard.Dashboard;
import vn.congressplanner.dashboard.DashboardFixture;
import vn.congressplanner.dashboard.DashboardService;
import vn.congressplanner.support.IntegrationTest;
import vn.congressplanner.task.DeadlineStatus;

/** The read-only JSON API: shape, filters, paging, and the same access rules as the pages. */
@IntegrationTest
@TestPropertySource(properties = "planner.test.database=dashboard")
class ApiTests {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired DashboardService dashboards;
  @Autowired JdbcTemplate jdbc;

  DashboardFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = DashboardFixture.in(context);
  }

  RequestPostProcessor as(String username) {
    return user(
        new PlannerUserDetails(
            DashboardFixture.actor(context, username), "n/a", true, false, false));
  }

  @Test
  void anonymousCallsGet401WithABasicChallenge() throws Exception {
    for (String path :
        new String[] {
          "/api/v1/tasks", "/api/v1/tasks/1", "/api/v1/dashboard", "/api/v1/milestones"
        }) {
      mvc.perform(get(path).accept(MediaType.APPLICATION_JSON))
          .andExpect(status().isUnauthorized())
          .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
    }
  }

  @Test
  void httpBasicWithTheSameAccountsWorks() throws Exception {
    mvc.perform(get("/api/v1/tasks").with(httpBasic("lanhdao", "Lanhdao@2020")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalElements").value(13));
  }

  @Test
  void tasksArePagedSortedAndFilteredLikeTheList() throws Exception {
    mvc.perform(get("/api/v1/tasks?size=5&sort=deadline,desc").with(as("lanhdao")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(5))
        .andExpect(jsonPath("$.totalElements").value(13))
        .andExpect(jsonPath("$.totalPages").value(3))
        .andExpect(jsonPath("$.content", hasSize(5)))
        .andExpect(jsonPath("$.content[0].id").value(fixture.task("T11")))
        .andExpect(jsonPath("$.content[0].deadline").value("2019-09-30"))
        .andExpect(jsonPath("$.content[0].phase").value("AFTER"));
    mvc.perform(get("/api/v1/tasks?page=2&size=5&sort=deadline").with(as("lanhdao")))
        .andExpect(jsonPath("$.content", hasSize(3)));
    mvc.perform(get("/api/v1/tasks?workstream=SECURITY&deadlineStatus=OVERDUE").with(as("lanhdao")))
        .andExpect(jsonPath("$.totalElements").value(1))
        .andExpect(jsonPath("$.content[0].id").value(fixture.task("T08")));
    mvc.perform(
            get("/api/v1/tasks?workstream=SECURITY&deadlineStatus=OVERDUE").with(as("tuyengiao")))
        .andExpect(jsonPath("$.totalElements").value(0));
    mvc.perform(get("/api/v1/tasks?deadlineStatus=OVERDUE&asOf=2019-07-14").with(as("lanhdao")))
        .andExpect(jsonPath("$.totalElements").value(2));
    mvc.perform(get("/api/v1/tasks?q=tuyen truyen").with(as("lanhdao")))
        .andExpect(jsonPath("$.totalElements").value(6));
    mvc.perform(get("/api/v1/tasks?size=1000").with(as("lanhdao")))
        .andExpect(jsonPath("$.size").value(100));
  }

  /**
   * The total is counted once per plan change (TaskTotals), so a change shows in the very next
   * call: T08 leaves the filter and comes back, and the total follows both times.
   */
  @Test
  void theTotalFollowsAChangeAtOnce() throws Exception {
    String overdueSecurity = "/api/v1/tasks?workstream=SECURITY&deadlineStatus=OVERDUE";
    long t08 = fixture.task("T08");
    mvc.perform(get(overdueSecurity).with(as("lanhdao")))
        .andExpect(jsonPath("$.totalElements").value(1));
    mvc.perform(get(overdueSecurity).with(as("lanhdao")))
        .andExpect(jsonPath("$.totalElements").value(1));
    try {
      jdbc.update("update task set workstream = 'SERVICE' where id = ?", t08);
      mvc.perform(get(overdueSecurity).with(as("lanhdao")))
          .andExpect(jsonPath("$.totalElements").value(0))
          .andExpect(jsonPath("$.content", hasSize(0)));
    } finally {
      jdbc.update("update task set workstream = 'SECURITY' where id = ?", t08);
    }
    mvc.perform(get(overdueSecurity).with(as("lanhdao")))
        .andExpect(jsonPath("$.totalElements").value(1))
        .andExpect(jsonPath("$.content[0].id").value(t08));
  }

  @Test
  void aTaskInFullAnd404AboveClearance() throws Exception {
    long t08 = fixture.task("T08");
    mvc.perform(get("/api/v1/tasks/" + t08).with(as("lanhdao")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(t08))
        .andExpect(jsonPath("$.title").value("T08 Bảo vệ nhân sự: tối mật, quá hạn"))
        .andExpect(jsonPath("$.workstream").value("SECURITY"))
        .andExpect(jsonPath("$.leadDepartment.id").value(fixture.department("C")))
        .andExpect(jsonPath("$.leadDepartment.name").value(DashboardFixture.departmentName("C")))
        .andExpect(jsonPath("$.cooperatingDepartments", hasSize(0)))
        .andExpect(jsonPath("$.milestone").value(nullValue()))
        .andExpect(jsonPath("$.deadline").value("2019-07-12"))
        .andExpect(jsonPath("$.status").value("NOT_STARTED"))
        .andExpect(jsonPath("$.deadlineStatus").value("OVERDUE"))
        .andExpect(jsonPath("$.daysOverdue").value(3))
        .andExpect(jsonPath("$.confidentiality").value("SECRET"));
    mvc.perform(get("/api/v1/tasks/" + fixture.task("T06")).with(as("tuyengiao")))
        .andExpect(
            jsonPath("$.cooperatingDepartments[*].name")
                .value(
                    org.hamcrest.Matchers.contains(
                        DashboardFixture.departmentName("A"),
                        DashboardFixture.departmentName("B"))));
    mvc.perform(get("/api/v1/tasks/" + fixture.task("T05")).with(as("tuyengiao")))
        .andExpect(jsonPath("$.milestone.name").value("Mốc kiểm thử còn mười ngày"));

    mvc.perform(get("/api/v1/tasks/" + t08).with(as("tuyengiao")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.status").value(404));
    mvc.perform(get("/api/v1/tasks/" + fixture.task("T09")).with(as("lanhdao")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/tasks/" + fixture.task("T09")).with(as("admin")))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/tasks/99999999").with(as("admin"))).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/tasks/abc").with(as("admin"))).andExpect(status().isNotFound());
  }

  @Test
  void aBadFilterValueIsABadRequest() throws Exception {
    mvc.perform(get("/api/v1/tasks?workstream=NOPE").with(as("lanhdao")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields[0]").value("workstream"));
  }

  @Test
  void theDashboardGivesTheSameNumbersAsThePage() throws Exception {
    Dashboard d =
        dashboards.forViewer(DashboardFixture.actor(context, "lanhdao"), null).orElseThrow();
    String departmentC = "$.byDepartment[?(@.id == " + fixture.department("C") + ")]";
    mvc.perform(get("/api/v1/dashboard").with(as("lanhdao")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.congress.id").value(fixture.congressId))
        .andExpect(jsonPath("$.day").value("2019-07-15"))
        .andExpect(jsonPath("$.asOf").value(nullValue()))
        .andExpect(jsonPath("$.daysToOpening").value(57))
        .andExpect(jsonPath("$.overall.total").value(13))
        .andExpect(
            jsonPath("$.overall.overdue").value(d.overall().counts().get(DeadlineStatus.OVERDUE)))
        .andExpect(jsonPath("$.overall.dueSoon").value(2))
        .andExpect(jsonPath("$.overall.doneOnTime").value(1))
        .andExpect(jsonPath("$.overall.doneLate").value(2))
        .andExpect(jsonPath("$.overall.onTrack").value(5))
        .andExpect(jsonPath("$.overall.cancelled").value(1))
        .andExpect(jsonPath("$.overall.completionRate").value(0.25))
        .andExpect(jsonPath("$.byWorkstream[0].key").value("PROPAGANDA"))
        .andExpect(jsonPath("$.byWorkstream[0].tasks").value("/api/v1/tasks?workstream=PROPAGANDA"))
        .andExpect(jsonPath("$.byPhase", hasSize(3)))
        .andExpect(jsonPath(departmentC + ".counts.total").value(org.hamcrest.Matchers.contains(4)))
        .andExpect(jsonPath("$.byDepartment[0].counts.overdue").value(1))
        .andExpect(jsonPath("$.milestones", hasSize(3)))
        .andExpect(jsonPath("$.mostOverdue[0].id").value(fixture.task("T08")))
        .andExpect(jsonPath("$.upcoming", hasSize(3)));
    mvc.perform(get("/api/v1/dashboard?asOf=2019-07-14").with(as("tuyengiao")))
        .andExpect(jsonPath("$.asOf").value("2019-07-14"))
        .andExpect(jsonPath("$.overall.total").value(11))
        .andExpect(jsonPath("$.overall.overdue").value(1)) // T12 only: T08 is SECRET
        .andExpect(
            jsonPath("$.byWorkstream[0].tasks")
                .value("/api/v1/tasks?workstream=PROPAGANDA&asOf=2019-07-14"));
  }

  @Test
  void milestonesWithDaysLeft() throws Exception {
    mvc.perform(get("/api/v1/milestones").with(as("tuyengiao")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(3)))
        .andExpect(jsonPath("$[0].title").value("Mốc kiểm thử đã quá năm ngày"))
        .andExpect(jsonPath("$[0].daysLeft").value(-5))
        .andExpect(jsonPath("$[0].workstream").value(nullValue()))
        .andExpect(jsonPath("$[1].status").value("SUBMITTED"))
        .andExpect(jsonPath("$[1].daysLeft").value(nullValue()))
        .andExpect(jsonPath("$[2].daysLeft").value(10))
        .andExpect(
            jsonPath("$[2].responsibleDepartment").value(DashboardFixture.departmentName("C")));
    assertThat(fixture.congressId).isPositive();
  }
}
