package vn.congressplanner.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.congressplanner.dashboard.DashboardFixture.DAY;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.PlannerUserDetails;
import vn.congressplanner.support.IntegrationTest;
import vn.congressplanner.task.TaskFilter;
import vn.congressplanner.task.TaskSpecifications;
import vn.congressplanner.task.internal.TaskRepository;

/**
 * The dashboard page: every number is a link to the task list filtered so that the list's total is
 * that number (counted here with the list's own specification), for each viewer and "as of" day.
 */
@IntegrationTest
@TestPropertySource(properties = "planner.test.database=dashboard")
class DashboardPageTests {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired TaskRepository tasks;
  @Autowired DashboardService dashboards;

  DashboardFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = DashboardFixture.in(context);
  }

  Document page(Actor actor, String query) throws Exception {
    String html =
        mvc.perform(get("/dashboard" + query).with(user(details(actor))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Jsoup.parse(html);
  }

  static PlannerUserDetails details(Actor actor) {
    return new PlannerUserDetails(actor, "n/a", true, false, false);
  }

  /** Each linked number equals the size of the list its link opens; returns metric → number. */
  Map<String, Long> assertEveryLinkedNumberMatchesItsList(
      Document page, Actor actor, LocalDate asOf) {
    Map<String, Long> numbers = new HashMap<>();
    int links = 0;
    for (Element a : page.select("a[data-metric]")) {
      String metric = a.attr("data-metric");
      long shown = Long.parseLong(a.text());
      String href = a.attr("href");
      assertThat(TaskLinkParsing.path(href)).as(metric).isEqualTo("/tasks");
      TaskFilter filter = TaskLinkParsing.filter(href);
      assertThat(filter.asOf()).as("asOf of " + metric).isEqualTo(asOf);
      long listed =
          tasks.count(
              TaskSpecifications.matching(filter, fixture.congressId, actor.clearance(), DAY, 7));
      assertThat(listed).as("%s: %s", metric, href).isEqualTo(shown);
      Long before = numbers.put(metric, shown);
      assertThat(before == null || before == shown).as("same metric twice: " + metric).isTrue();
      links++;
    }
    assertThat(links).isGreaterThan(100);
    return numbers;
  }

  @Test
  void everyNumberOfALeaderLinksToAListOfExactlyThoseTasks() throws Exception {
    Actor leader = DashboardFixture.actor(context, "lanhdao");
    Map<String, Long> n =
        assertEveryLinkedNumberMatchesItsList(page(leader, "?departments=all"), leader, null);

    assertThat(n.get("TOTAL")).isEqualTo(13);
    assertThat(n.get("OVERDUE")).isEqualTo(2);
    assertThat(n.get("DUE_SOON")).isEqualTo(2);
    assertThat(n.get("CANCELLED")).isEqualTo(1);
    assertThat(n.get("PROPAGANDA.OVERDUE")).isEqualTo(1);
    assertThat(n.get("SECURITY.OVERDUE")).isEqualTo(1);
    assertThat(n.get("BEFORE.OVERDUE")).isEqualTo(2);
    assertThat(n.get("DURING.TOTAL")).isEqualTo(1);
    assertThat(n.get("dept." + fixture.department("C") + ".OVERDUE")).isEqualTo(1);
    assertThat(n.get("dept." + fixture.department("C") + ".TOTAL")).isEqualTo(4);
    assertThat(n.get("dept." + fixture.department("A") + ".CANCELLED")).isEqualTo(1);
    // Every department with a visible task has its row.
    for (String key : DashboardFixture.DEPARTMENTS) {
      assertThat(n).containsKey("dept." + fixture.department(key) + ".TOTAL");
    }
    // The page shows what the service computes.
    Dashboard d = dashboards.forViewer(leader, null).orElseThrow();
    for (Dashboard.Row row : d.byWorkstream()) {
      assertThat(n.get(row.metric("ON_TRACK")))
          .isEqualTo(row.counts().get(vn.congressplanner.task.DeadlineStatus.ON_TRACK));
    }
  }

  @Test
  void anAsOfDateIsCarriedIntoEveryLink() throws Exception {
    Actor leader = DashboardFixture.actor(context, "lanhdao");
    LocalDate yesterday = DAY.minusDays(1);
    Document page = page(leader, "?asOf=" + yesterday + "&departments=all");
    Map<String, Long> n = assertEveryLinkedNumberMatchesItsList(page, leader, yesterday);
    assertThat(n.get("OVERDUE")).isEqualTo(2);
    assertThat(n.get("dept." + fixture.department("L12") + ".OVERDUE")).isEqualTo(1);
    assertThat(page.select("[data-testid=asof-notice]").text()).contains("14/07/2019");
    assertThat(page.select("input#asOf").attr("value")).isEqualTo("2019-07-14");
  }

  @Test
  void aStaffMemberWithNormalClearanceCountsNoClassifiedTask() throws Exception {
    Actor staff = DashboardFixture.actor(context, "tuyengiao");
    Document page = page(staff, "?departments=all");
    Map<String, Long> n = assertEveryLinkedNumberMatchesItsList(page, staff, null);
    assertThat(n.get("TOTAL")).isEqualTo(11);
    assertThat(n.get("OVERDUE")).isEqualTo(1);
    assertThat(n.get("SECURITY.OVERDUE")).isZero();
    assertThat(page.text()).doesNotContain("T08").doesNotContain("T09").doesNotContain("T13");
  }

  @Test
  void showsRateMilestonesDaysToOpeningAndTaskLists() throws Exception {
    Actor leader = DashboardFixture.actor(context, "lanhdao");
    Document page = page(leader, "");
    assertThat(page.select("[data-metric=COMPLETION_RATE]").attr("data-value")).isEqualTo("0.25");
    assertThat(page.select("[data-metric=DAYS_TO_OPENING]").text()).isEqualTo("57");
    assertThat(page.select("[data-testid=milestone-table] tbody tr")).hasSize(3);
    assertThat(page.select("[data-testid=milestone-table] tbody tr").get(0).text())
        .contains("10/07/2019")
        .contains("Quá hạn 5 ngày");
    assertThat(page.select("[data-testid=overdue-table] tbody tr")).hasSize(2);
    assertThat(page.select("[data-testid=overdue-table] tbody tr").get(0).text())
        .contains("T08")
        .contains("Tối mật")
        .contains("Quá hạn 3 ngày");
    assertThat(page.select("[data-testid=upcoming-table] tbody tr")).hasSize(3);
    assertThat(page.select("[data-testid=upcoming-list]").attr("href"))
        .isEqualTo("/tasks?deadlineFrom=2019-07-15&deadlineTo=2019-07-29");
    assertThat(page.select("canvas[data-chart]")).hasSize(4);
    assertThat(page.select("table#status-table caption").text()).contains("15/07/2019");
  }

  @Test
  void theLeagueTableCanBeOrderedByName() throws Exception {
    Actor leader = DashboardFixture.actor(context, "lanhdao");
    Document page = page(leader, "?sort=name");
    assertThat(page.select("#department-table tbody th").eachText())
        .isSortedAccordingTo(DashboardService.VIETNAMESE)
        .hasSize(10);
    Document byOverdue = page(leader, "");
    assertThat(byOverdue.select("#department-table tbody th").first().text())
        .isEqualTo(DashboardFixture.departmentName("B"));
  }

  @Test
  void aMalformedAsOfShowsTodayWithAMessage() throws Exception {
    Actor leader = DashboardFixture.actor(context, "lanhdao");
    Document page = page(leader, "?asOf=31-02-2019");
    assertThat(page.select(".alert-warning").text()).contains("không hợp lệ");
    assertThat(page.select("[data-metric=TOTAL]").first().text()).isEqualTo("13");
  }

  @Test
  void anEmptyAsOfIsTodayWithoutAMessageAndAnImpossibleDayIsRefused() throws Exception {
    Actor leader = DashboardFixture.actor(context, "lanhdao");
    Document empty = page(leader, "?asOf=&sort=bogus");
    assertThat(empty.select(".alert-warning")).isEmpty();
    assertThat(empty.select("[data-metric=TOTAL]").first().text()).isEqualTo("13");
    Document impossible = page(leader, "?asOf=2019-02-29");
    assertThat(impossible.select(".alert-warning").text()).contains("không hợp lệ");
    Document leapDay = page(leader, "?asOf=2020-02-29");
    assertThat(leapDay.select(".alert-warning")).isEmpty();
  }

  @Test
  void noInlineScriptOrStyle() throws Exception {
    Document page = page(DashboardFixture.actor(context, "lanhdao"), "");
    assertThat(page.select("script:not([src])")).isEmpty();
    assertThat(page.select("[style]")).isEmpty();
    // Asset URLs carry the build's version (?v=…) so that they can be cached for a year.
    assertThat(page.select("script[src]").eachAttr("src"))
        .allMatch(src -> src.contains("?v="))
        .extracting(src -> src.replaceFirst("\\?.*", ""))
        .contains("/js/dashboard.js")
        .anyMatch(src -> src.startsWith("/webjars/chart.js/") && src.endsWith("/chart.umd.js"));
  }

  @Test
  void homeRedirectsToTheDashboardAndAnonymousUsersToLogin() throws Exception {
    mvc.perform(get("/").with(user(details(DashboardFixture.actor(context, "lanhdao")))))
        .andExpect(redirectedUrl("/dashboard"));
    mvc.perform(get("/dashboard")).andExpect(redirectedUrl("/login"));
  }
}
