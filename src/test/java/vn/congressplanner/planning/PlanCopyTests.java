package vn.congressplanner.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.congressplanner.congress.CongressLevel;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.department.internal.DepartmentRepository;
import vn.congressplanner.milestone.MilestoneFixtures;
import vn.congressplanner.support.IntegrationTest;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.task.TaskFixtures;

/**
 * Plan reuse on PostgreSQL with the demo data: the XVIII congress (2015, finished plan) copied into
 * new congresses. The preview stores nothing; the copy creates the milestones and tasks with
 * relative deadlines recomputed and fixed ones shifted by the distance between the openings, not
 * started, with no reports and only their own "created" history; a congress that has a plan is
 * never a target; rows that break a rule are listed with the reason and left out. Each test makes
 * its own target congress (a unique name) in the class's own database.
 */
@IntegrationTest
@TestPropertySource(properties = "planner.test.database=plan_copy")
class PlanCopyTests {

  static final Locale VI = Locale.forLanguageTag("vi");
  static final LocalDate XX_OPENING = LocalDate.of(2025, 9, 23);
  static final LocalDate XX_CLOSING = LocalDate.of(2025, 9, 25);

  @Autowired PlanCopyService copies;
  @Autowired CongressService congresses;
  @Autowired DepartmentRepository departments;
  @Autowired JdbcTemplate jdbc;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  TaskFixtures f;
  long xviii;
  long xix;

  @BeforeEach
  void demo() {
    f = new TaskFixtures(departments, jdbc);
    xix = jdbc.queryForObject("select id from congress where is_current", Long.class);
    xviii =
        jdbc.queryForObject(
            "select id from congress where term = '2015–2020' and name like '%XVIII'", Long.class);
  }

  PlanCopyService.Target newCongress(String name, LocalDate opening, LocalDate closing) {
    return new PlanCopyService.Target(
        null,
        new CongressService.Settings(
            name, "2025–2030", CongressLevel.PROVINCE, "Hội trường", null, opening, closing, null));
  }

  PlanCopyService.Target xx() {
    return newCongress(MilestoneFixtures.unique("Đại hội XX"), XX_OPENING, XX_CLOSING);
  }

  long count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Long.class, args);
  }

  /** Everything a copy could touch, straight from the database. */
  Map<String, Object> snapshot() {
    return Map.of(
        "congresses", count("select count(*) from congress"),
        "tasks", count("select count(*) from task"),
        "milestones", count("select count(*) from milestone"),
        "history", count("select count(*) from history_entry"),
        "current", count("select id from congress where is_current"));
  }

  @Test
  void theDemoHasTheFinishedXviiiPlan() {
    long tasks = count("select count(*) from task where congress_id = ?", xviii);
    assertThat(tasks).isGreaterThan(30);
    assertThat(
            count(
                "select count(*) from task where congress_id = ? and status not in ('DONE', 'CANCELLED')",
                xviii))
        .isZero();
    assertThat(count("select count(*) from milestone where congress_id = ?", xviii)).isEqualTo(3);
    assertThat(
            jdbc.queryForObject(
                "select opening_date from congress where id = ?", LocalDate.class, xviii))
        .isEqualTo(LocalDate.of(2015, 9, 23));
  }

  @Test
  void thePreviewShiftsFixedDeadlinesRecomputesRelativeOnesAndStoresNothing() {
    Map<String, Object> before = snapshot();
    PlanCopyService.Preview p = copies.preview(xviii, xx(), f.admin(), VI);

    assertThat(snapshot()).isEqualTo(before);
    long shift = ChronoUnit.DAYS.between(LocalDate.of(2015, 9, 23), XX_OPENING);
    assertThat(p.shiftDays()).isEqualTo(shift);
    assertThat(p.milestonesCopied()).isEqualTo(3);
    assertThat(p.tasksCopied())
        .isEqualTo(count("select count(*) from task where congress_id = ?", xviii));
    assertThat(p.tasksLeftOut()).isZero();
    assertThat(p.hiddenTasks()).isZero(); // the admin may see every level
    for (PlanCopyService.TaskRow row : p.tasks()) {
      if (row.source().isRelativeDeadline()) {
        LocalDate expected =
            row.source()
                .getDeadlineAnchor()
                .resolve(row.source().getDeadlineOffsetDays(), XX_OPENING, XX_CLOSING);
        assertThat(row.deadline()).as(row.source().getTitle()).isEqualTo(expected);
        assertThat(row.deadlineText()).startsWith(row.source().getDeadlineCode());
      } else {
        assertThat(row.deadline())
            .as(row.source().getTitle())
            .isEqualTo(row.source().getDeadline().plusDays(shift));
      }
    }
    assertThat(p.tasks()).anyMatch(r -> r.source().isRelativeDeadline());
    assertThat(p.tasks()).anyMatch(r -> !r.source().isRelativeDeadline());
    // A closing three days after the opening puts C+N tasks one day later than a two-day congress.
    assertThat(p.tasks())
        .filteredOn(r -> r.source().getDeadlineCode() != null)
        .filteredOn(r -> r.source().getDeadlineCode().startsWith("C+"))
        .allSatisfy(
            r ->
                assertThat(r.deadline())
                    .isEqualTo(XX_CLOSING.plusDays(r.source().getDeadlineOffsetDays())));
  }

  @Test
  void aLeaderSeesOnlyWhatTheirClearanceAllowsAndMayNotCopy() {
    assertThatThrownBy(() -> copies.preview(xviii, xx(), f.leader(), VI))
        .isInstanceOf(vn.congressplanner.system.ForbiddenException.class);
  }

  @Test
  void theCopyCreatesANotStartedPlanWithoutTheOldStatusesReportsOrHistory() {
    PlanCopyService.Target target = xx();
    String name = target.newCongress().name();
    long sourceTasks = count("select count(*) from task where congress_id = ?", xviii);
    long sourceHistory = count("select count(*) from history_entry");

    PlanCopyService.Result result = copies.copy(xviii, target, false, f.admin(), VI);

    long to = result.target().getId();
    assertThat(jdbc.queryForObject("select name from congress where id = ?", String.class, to))
        .isEqualTo(name);
    assertThat(result.milestones()).isEqualTo(3);
    assertThat(result.tasks()).isEqualTo((int) sourceTasks);
    assertThat(count("select count(*) from task where congress_id = ?", to)).isEqualTo(sourceTasks);
    assertThat(
            count(
                "select count(*) from task where congress_id = ? and (status <> 'NOT_STARTED'"
                    + " or progress <> 0 or completed_on is not null or result_note is not null)",
                to))
        .isZero();
    assertThat(
            count(
                "select count(*) from progress_report r join task t on t.id = r.task_id"
                    + " where t.congress_id = ?",
                to))
        .isZero();
    assertThat(
            count(
                "select count(*) from milestone where congress_id = ? and status = 'OPEN'"
                    + " and not late",
                to))
        .isEqualTo(3);
    // Links point at the new congress's own milestones, never at the old ones.
    assertThat(
            count(
                "select count(*) from task t join milestone m on m.id = t.milestone_id"
                    + " where t.congress_id = ? and m.congress_id <> ?",
                to,
                to))
        .isZero();
    assertThat(
            count(
                "select count(*) from task where congress_id = ? and milestone_id is not null", to))
        .isEqualTo(
            count(
                "select count(*) from task where congress_id = ? and milestone_id is not null",
                xviii));
    // Relative deadlines stay relative, with the same offsets.
    assertThat(
            jdbc.queryForList(
                "select deadline_anchor || ':' || coalesce(deadline_offset_days, -1) || ':' || title"
                    + " from task where congress_id = ? order by 1",
                String.class,
                to))
        .isEqualTo(
            jdbc.queryForList(
                "select deadline_anchor || ':' || coalesce(deadline_offset_days, -1) || ':' || title"
                    + " from task where congress_id = ? order by 1",
                String.class,
                xviii));
    // History: one "created" line per task, naming the source; nothing of the old history.
    assertThat(
            count(
                "select count(*) from history_entry h join task t on t.id = h.entity_id"
                    + " where h.entity_type = 'TASK' and t.congress_id = ?",
                to))
        .isEqualTo(sourceTasks);
    assertThat(
            jdbc.queryForList(
                "select distinct h.reason from history_entry h join task t on t.id = h.entity_id"
                    + " where h.entity_type = 'TASK' and t.congress_id = ?",
                String.class,
                to))
        .singleElement()
        .asString()
        .startsWith("Kế thừa từ kế hoạch Đại hội đại biểu Đảng bộ tỉnh Yên Bái lần thứ XVIII");
    assertThat(count("select count(*) from history_entry")).isGreaterThan(sourceHistory);
    // Not made current: the pages still show XIX.
    assertThat(count("select id from congress where is_current")).isEqualTo(xix);
  }

  @Test
  void aCongressThatHasAPlanIsNeverATargetAndTheSourceIsNeverItsOwnTarget() {
    Map<String, Object> before = snapshot();
    assertThatThrownBy(
            () -> copies.copy(xviii, new PlanCopyService.Target(xix, null), false, f.admin(), VI))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(RuleViolation::field, RuleViolation::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "toCongress", "planCopy.target.notEmpty")));
    assertThatThrownBy(
            () -> copies.preview(xviii, new PlanCopyService.Target(xviii, null), f.admin(), VI))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(RuleViolation::code)
                    .containsExactly("planCopy.target.same"));
    assertThatThrownBy(() -> copies.preview(-1, xx(), f.admin(), VI))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(RuleViolation::code)
                    .containsExactly("planCopy.source.unknown"));
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void anExistingCongressWithoutAPlanIsATarget() {
    long empty =
        congresses
            .create(
                new CongressService.Settings(
                    MilestoneFixtures.unique("Đại hội chưa có kế hoạch"),
                    "2025–2030",
                    CongressLevel.PROVINCE,
                    null,
                    null,
                    XX_OPENING,
                    XX_CLOSING,
                    null),
                "admin")
            .getId();
    PlanCopyService.Result result =
        copies.copy(xviii, new PlanCopyService.Target(empty, null), false, f.admin(), VI);
    assertThat(result.target().getId()).isEqualTo(empty);
    assertThat(count("select count(*) from task where congress_id = ?", empty))
        .isEqualTo(count("select count(*) from task where congress_id = ?", xviii));
    assertThat(count("select count(*) from congress where id = ? and not is_current", empty))
        .isEqualTo(1);
  }

  @Test
  void confirmingTwiceCopiesOnce() {
    PlanCopyService.Result first = copies.copy(xviii, xx(), false, f.admin(), VI);
    Map<String, Object> before = snapshot();
    PlanCopyService.Target again = new PlanCopyService.Target(first.target().getId(), null);
    assertThatThrownBy(() -> copies.copy(xviii, again, false, f.admin(), VI))
        .isInstanceOf(RuleViolationException.class);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aNewCongressIsJudgedLikeTheSettingsFormAtItsEdges() {
    Map<String, Object> before = snapshot();
    // Closing the day before the opening: refused; on the opening day: a one-day congress.
    assertThatThrownBy(
            () ->
                copies.preview(
                    xviii,
                    newCongress("Đại hội một ngày", XX_OPENING, XX_OPENING.minusDays(1)),
                    f.admin(),
                    VI))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(RuleViolation::field)
                    .containsExactly("closingDate"));
    assertThat(
            copies
                .preview(
                    xviii,
                    newCongress(MilestoneFixtures.unique("Đại hội"), XX_OPENING, XX_OPENING),
                    f.admin(),
                    VI)
                .tasksLeftOut())
        .isZero();
    assertThatThrownBy(() -> copies.preview(xviii, newCongress(" ", null, null), f.admin(), VI))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(RuleViolation::field)
                    .contains("name", "openingDate", "closingDate"));
    // The same name and term as an existing congress.
    String existing =
        jdbc.queryForObject("select name from congress where id = ?", String.class, xix);
    assertThatThrownBy(
            () ->
                copies.preview(
                    xviii,
                    new PlanCopyService.Target(
                        null,
                        new CongressService.Settings(
                            existing.toUpperCase(VI),
                            "2020–2025",
                            CongressLevel.PROVINCE,
                            null,
                            null,
                            XX_OPENING,
                            XX_CLOSING,
                            null)),
                    f.admin(),
                    VI))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(RuleViolation::code)
                    .containsExactly("congress.exists"));
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void rowsThatBreakARuleAreListedWithTheReasonAndLeftOut() {
    // A department that has been wound up since 2015 leads some tasks and a milestone.
    long tgtu = f.departmentId("TGTU");
    jdbc.update("update department set active = false where id = ?", tgtu);
    try {
      PlanCopyService.Preview p = copies.preview(xviii, xx(), f.admin(), VI);
      List<PlanCopyService.TaskRow> out = p.tasks().stream().filter(r -> !r.copied()).toList();
      assertThat(out).isNotEmpty();
      assertThat(out)
          .allSatisfy(
              r ->
                  assertThat(
                          r.source().getLeadDepartment().getId() == tgtu
                              || r.source().getMilestone() != null
                              || r.source().getCooperatingDepartments().stream()
                                  .anyMatch(d -> d.getId() == tgtu))
                      .isTrue());
      assertThat(out.get(0).problems()).isNotEmpty();
      assertThat(p.milestones()).anyMatch(m -> !m.copied());
      assertThat(p.tasksCopied()).isPositive();

      PlanCopyService.Result result = copies.copy(xviii, xx(), false, f.admin(), VI);
      assertThat(result.tasks()).isEqualTo((int) p.tasksCopied());
      assertThat(result.leftOut()).isEqualTo(p.tasksLeftOut() + p.milestonesLeftOut());
      assertThat(
              count(
                  "select count(*) from task where congress_id = ? and lead_department_id = ?",
                  result.target().getId(),
                  tgtu))
          .isZero();
    } finally {
      jdbc.update("update department set active = true where id = ?", tgtu);
    }
  }

  // --- over HTTP ---

  RequestPostProcessor as(String username) {
    return user(users.loadUserByUsername(username));
  }

  @Test
  void anAdminPreviewsConfirmsAndMakesTheCopyCurrentThenSwitchesBack() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(get("/admin/plan-copy").with(as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    // The usual source is chosen already: the previous term.
    assertThat(page.select("select[name=fromCongress] option[selected]").attr("value"))
        .isEqualTo(String.valueOf(xviii));

    String name = MilestoneFixtures.unique("Đại hội XX");
    Document preview =
        Jsoup.parse(
            mvc.perform(
                    post("/admin/plan-copy")
                        .with(csrf())
                        .with(as("admin"))
                        .param("fromCongress", String.valueOf(xviii))
                        .param("toCongress", "")
                        .param("name", name)
                        .param("term", "2025–2030")
                        .param("openingDate", XX_OPENING.toString())
                        .param("closingDate", XX_CLOSING.toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(preview.select("[data-testid=plan-copy-tasks] tbody tr")).hasSizeGreaterThan(30);
    assertThat(preview.select("[data-testid=plan-copy-counts]").text()).contains("3 mốc");
    assertThat(count("select count(*) from congress where name = ?", name)).isZero();
    assertThat(preview.select("[data-testid=plan-copy-confirm-form] input[name=openingDate]").val())
        .isEqualTo(XX_OPENING.toString());

    mvc.perform(
            post("/admin/plan-copy")
                .with(csrf())
                .with(as("admin"))
                .param("fromCongress", String.valueOf(xviii))
                .param("toCongress", "")
                .param("name", name)
                .param("term", "2025–2030")
                .param("openingDate", XX_OPENING.toString())
                .param("closingDate", XX_CLOSING.toString())
                .param("confirm", "true")
                .param("makeCurrent", "true"))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                "/tasks"));
    long to = count("select id from congress where name = ?", name);
    try {
      assertThat(count("select id from congress where is_current")).isEqualTo(to);
      String list =
          mvc.perform(get("/tasks").with(as("admin")))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      String first =
          jdbc.queryForObject(
              "select title from task where congress_id = ? order by deadline, id limit 1",
              String.class,
              to);
      assertThat(Jsoup.parse(list).text()).contains(first);
    } finally {
      mvc.perform(post("/admin/congress/" + xix + "/current").with(csrf()).with(as("admin")))
          .andExpect(status().is3xxRedirection());
    }
    assertThat(count("select id from congress where is_current")).isEqualTo(xix);
  }

  @Test
  void aBadRequestIsAFieldMessageNeverAServerError() throws Exception {
    Map<String, Object> before = snapshot();
    String body =
        mvc.perform(
                post("/admin/plan-copy")
                    .with(csrf())
                    .with(as("admin"))
                    .param("fromCongress", String.valueOf(xviii))
                    .param("toCongress", "")
                    .param("name", "Đại hội thiếu ngày")
                    .param("term", "2025–2030")
                    .param("openingDate", "2025-02-30"))
            .andExpect(status().isUnprocessableContent())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(body);
    assertThat(page.select("[data-error-for=openingDate]")).isNotEmpty();
    assertThat(page.select("input[name=name]").val()).isEqualTo("Đại hội thiếu ngày");
    mvc.perform(
            post("/admin/plan-copy")
                .with(csrf())
                .with(as("lanhdao"))
                .param("fromCongress", String.valueOf(xviii)))
        .andExpect(status().isForbidden());
    assertThat(snapshot()).isEqualTo(before);
  }
}
