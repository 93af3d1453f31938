package vn.congressplanner.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.congressplanner.account.Actor;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.department.internal.DepartmentRepository;
import vn.congressplanner.support.IntegrationTest;
import vn.congressplanner.task.TaskFilter;
import vn.congressplanner.task.TaskFixtures;
import vn.congressplanner.task.TaskRows;
import vn.congressplanner.task.TaskService;

/**
 * {@code GET /timeline} over HTTP: a bar per visible task (each a link to it), classified tasks
 * absent below the clearance, the list's filters and grouping, the status in words next to each
 * bar, milestones, the congress days and today marked; and who may open it. Shares the task pages'
 * database and cached context.
 */
@IntegrationTest
@TestPropertySource(properties = "planner.test.database=tasks")
class TimelineTests {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired TaskService tasks;
  @Autowired TaskRows rows;
  @Autowired DepartmentRepository departments;
  @Autowired JdbcTemplate jdbc;

  TaskFixtures f;

  @BeforeEach
  void fixtures() {
    f = new TaskFixtures(departments, jdbc);
  }

  Document page(MockHttpServletRequestBuilder request, String username) throws Exception {
    return Jsoup.parse(
        mvc.perform(request.with(user(users.loadUserByUsername(username))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  Set<Long> visible(TaskFilter filter, Actor actor) {
    return rows.page(filter, actor.clearance(), PageRequest.of(0, 500)).getContent().stream()
        .map(TaskRows.Row::id)
        .collect(Collectors.toSet());
  }

  static Set<Long> bars(Document d) {
    return d.select("[data-testid=timeline-bar]").stream()
        .map(a -> Long.valueOf(a.attr("data-task")))
        .collect(Collectors.toSet());
  }

  @Test
  void aBarPerVisibleTaskEachALinkToItWithItsStatusInWords() throws Exception {
    Document d = page(get("/timeline"), "lanhdao");
    Set<Long> expected = visible(TaskFilter.empty(), f.leader());
    assertThat(expected).isNotEmpty();
    assertThat(d.select("[data-testid=timeline-bar]")).hasSize(expected.size());
    assertThat(bars(d)).isEqualTo(expected);
    for (Element bar : d.select("[data-testid=timeline-bar]")) {
      assertThat(bar.attr("href")).isEqualTo("/tasks/" + bar.attr("data-task"));
      Element row = d.selectFirst("tr[data-task=" + bar.attr("data-task") + "]");
      String status = bar.attr("data-deadline-status");
      if (!status.isEmpty()) {
        // Colour is never the only sign: the row says the status in words.
        assertThat(row.selectFirst(".badge[data-deadline-status=" + status + "]")).isNotNull();
        assertThat(bar.selectFirst("rect").hasClass("bar-" + status)).isTrue();
      }
      assertThat(row.selectFirst("a[href=/tasks/" + bar.attr("data-task") + "]")).isNotNull();
    }
    assertThat(d.select("[data-testid=timeline-group]").eachText())
        .extracting(t -> t.replaceAll(" \\(\\d+\\)$", ""))
        .containsExactly("Tuyên truyền", "Phục vụ", "Bảo vệ");
    // The congress days, today and the milestones are marked.
    assertThat(d.select("thead rect.congress-band")).hasSize(1);
    assertThat(d.select("thead line.today-line")).hasSize(1);
    assertThat(d.select("thead a[data-milestone]")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(d.selectFirst("[data-testid=timeline-count]").text())
        .isEqualTo(expected.size() + " nhiệm vụ.");
  }

  @Test
  void classifiedTasksAreAbsentBelowTheClearance() throws Exception {
    List<Long> classified =
        jdbc.queryForList(
            "select t.id from task t join congress c on c.id = t.congress_id"
                + " where c.is_current and t.confidentiality <> 'NORMAL'",
            Long.class);
    assertThat(classified).isNotEmpty();

    Set<Long> staff = bars(page(get("/timeline"), "tuyengiao"));
    assertThat(staff).isEqualTo(visible(TaskFilter.empty(), f.tuyengiao()));
    assertThat(staff).doesNotContainAnyElementsOf(classified);

    Set<Long> admin = bars(page(get("/timeline"), "admin"));
    assertThat(admin).containsAll(classified);
    Set<Long> normal = new HashSet<>(admin);
    normal.removeAll(classified);
    assertThat(staff).isEqualTo(normal);
  }

  @Test
  void theListsFiltersAndTheDepartmentGroupingApply() throws Exception {
    TaskFilter security = TaskFilter.empty().withWorkstream(Workstream.SECURITY);
    Document d = page(get("/timeline").param("workstream", "SECURITY"), "lanhdao");
    assertThat(bars(d)).isEqualTo(visible(security, f.leader())).isNotEmpty();
    assertThat(d.select("[data-testid=timeline-group]").eachText())
        .singleElement()
        .asString()
        .startsWith("Bảo vệ");

    Document byDepartment =
        page(
            get("/timeline").param("workstream", "SECURITY").param("groupBy", "department"),
            "lanhdao");
    assertThat(bars(byDepartment)).isEqualTo(bars(d));
    assertThat(byDepartment.select("[data-testid=timeline-group]").eachText())
        .anyMatch(t -> t.startsWith("Công an tỉnh"));

    // A bad value in a hand-edited URL shows the whole plan, not an error page.
    assertThat(bars(page(get("/timeline").param("workstream", "NOPE"), "lanhdao")))
        .isEqualTo(visible(TaskFilter.empty(), f.leader()));
  }

  @Test
  void aRelativeDeadlineIsShownWithItsAnchor() throws Exception {
    Document d = page(get("/timeline").param("phase", "AFTER"), "lanhdao");
    assertThat(d.select("[data-testid=timeline-row]").text()).contains("hạn C+");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tuyengiao", "congan", "lanhdao", "admin"})
  void everyRoleMayOpenIt(String username) throws Exception {
    page(get("/timeline"), username);
  }

  @Test
  void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
    String location =
        mvc.perform(get("/timeline"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).endsWith("/login");
  }
}
