package vn.congressplanner.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congressplanner.dashboard.DashboardFixture.DAY;
import static vn.congressplanner.task.DeadlineStatus.DONE_LATE;
import static vn.congressplanner.task.DeadlineStatus.DONE_ON_TIME;
import static vn.congressplanner.task.DeadlineStatus.DUE_SOON;
import static vn.congressplanner.task.DeadlineStatus.ON_TRACK;
import static vn.congressplanner.task.DeadlineStatus.OVERDUE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.milestone.MilestoneLine;
import vn.congressplanner.milestone.MilestoneStatus;
import vn.congressplanner.support.IntegrationTest;
import vn.congressplanner.task.DeadlineStatus;
import vn.congressplanner.task.Task;
import vn.congressplanner.task.TaskStatus;
import vn.congressplanner.task.internal.TaskRepository;

/** The dashboard's numbers against the known plan of {@link DashboardFixture}. */
@IntegrationTest
@TestPropertySource(properties = "planner.test.database=dashboard")
class DashboardServiceTests {

  @Autowired ApplicationContext context;
  @Autowired DashboardService dashboards;
  @Autowired TaskRepository tasks;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Clock clock;

  DashboardFixture fixture;
  Actor leader;
  Actor staff;
  Actor admin;

  @BeforeEach
  void setUp() {
    fixture = DashboardFixture.in(context);
    leader = DashboardFixture.actor(context, "lanhdao"); // SECRET
    staff = DashboardFixture.actor(context, "tuyengiao"); // NORMAL
    admin = DashboardFixture.actor(context, "admin"); // TOP_SECRET
  }

  Dashboard dashboard(Actor actor, LocalDate asOf) {
    return dashboards.forViewer(actor, asOf).orElseThrow();
  }

  @Test
  void countsEveryDeadlineStatusForALeaderToday() {
    Dashboard d = dashboard(leader, null);

    assertThat(d.congress().id()).isEqualTo(fixture.congressId);
    assertThat(d.day()).isEqualTo(DAY);
    assertThat(d.asOf()).isNull();
    Counts all = d.overall().counts();
    // T09 (TOP_SECRET) is above a SECRET clearance: 13 of the 14 tasks.
    assertThat(all.total()).isEqualTo(13);
    assertThat(all.cancelled()).isEqualTo(1); // T07
    assertThat(all.get(DONE_ON_TIME)).isEqualTo(1); // T03 completed on its deadline
    assertThat(all.get(DONE_LATE)).isEqualTo(2); // T04 a day late, T12 completed today
    assertThat(all.get(OVERDUE)).isEqualTo(2); // T02 deadline yesterday, T08 (SECRET)
    assertThat(all.get(DUE_SOON)).isEqualTo(2); // T01 deadline today, T05 deadline in 7 days
    assertThat(all.get(ON_TRACK)).isEqualTo(5); // T06 in 8 days, T10, T11, T13, T14
    assertThat(all.active()).isEqualTo(12);
    assertThat(all.completionRate()).isEqualTo(3.0 / 12);
    assertThat(all)
        .isEqualTo(DashboardFixture.expected(DashboardFixture.visibleTo(Clearance.SECRET), DAY));
  }

  @Test
  void edgesOfEveryStatusShowInTheEdgeTasksOwnDepartments() {
    Dashboard d = dashboard(leader, null);
    assertOnly(d, "L1", DUE_SOON); // deadline = day
    assertOnly(d, "L2", OVERDUE); // day after the deadline
    assertOnly(d, "L3", DONE_ON_TIME); // completed on the deadline
    assertOnly(d, "L4", DONE_LATE); // completed the day after
    assertOnly(d, "L5", DUE_SOON); // deadline = day + 7
    assertOnly(d, "L6", ON_TRACK); // deadline = day + 8
    assertOnly(d, "L12", DONE_LATE); // completed today, after its deadline
  }

  @Test
  void anAsOfDateClassifiesOnThatDay() {
    LocalDate yesterday = DAY.minusDays(1);
    Dashboard d = dashboard(leader, yesterday);

    assertThat(d.day()).isEqualTo(yesterday);
    assertThat(d.asOf()).isEqualTo(yesterday);
    Counts all = d.overall().counts();
    assertThat(all.total()).isEqualTo(13);
    assertThat(all.get(DUE_SOON)).isEqualTo(2); // T01, and T02 whose deadline is that day
    assertThat(all.get(OVERDUE)).isEqualTo(2); // T08, and T12: completed only the day after
    assertThat(all.get(DONE_ON_TIME)).isEqualTo(1);
    assertThat(all.get(DONE_LATE)).isEqualTo(1); // T04
    assertThat(all.get(ON_TRACK)).isEqualTo(6); // T05: day + 8 from that day
    assertOnly(d, "L2", DUE_SOON);
    assertOnly(d, "L5", ON_TRACK);
    assertOnly(d, "L12", OVERDUE);
    assertThat(all)
        .isEqualTo(
            DashboardFixture.expected(DashboardFixture.visibleTo(Clearance.SECRET), yesterday));
    assertThat(d.overall().filter().asOf()).isEqualTo(yesterday);
  }

  @Test
  void aLowerClearanceDoesNotCountClassifiedTasks() {
    Counts staffCounts = dashboard(staff, null).overall().counts();
    // NORMAL clearance: T08 (SECRET), T09 (TOP_SECRET) and T13 (CONFIDENTIAL) do not exist.
    assertThat(staffCounts.total()).isEqualTo(11);
    assertThat(staffCounts.get(OVERDUE)).isEqualTo(1);
    assertThat(staffCounts.get(ON_TRACK)).isEqualTo(4);
    assertThat(staffCounts)
        .isEqualTo(DashboardFixture.expected(DashboardFixture.visibleTo(Clearance.NORMAL), DAY));

    Counts adminCounts = dashboard(admin, null).overall().counts();
    assertThat(adminCounts.total()).isEqualTo(14);
    assertThat(adminCounts.get(OVERDUE)).isEqualTo(3);
  }

  @Test
  void eachWorkstreamAndPhaseMatchesTheReferenceClassification() {
    for (Actor actor : List.of(leader, staff, admin)) {
      for (LocalDate day : List.of(DAY, DAY.minusDays(1), DAY.plusDays(60))) {
        Dashboard d = dashboard(actor, day);
        List<DashboardFixture.Spec> visible = DashboardFixture.visibleTo(actor.clearance());
        assertThat(d.byWorkstream()).hasSize(3);
        for (Dashboard.Row row : d.byWorkstream()) {
          Workstream w = row.filter().workstream();
          assertThat(row.metric()).isEqualTo(w.name() + ".");
          assertThat(row.counts())
              .as("%s %s %s", actor.username(), day, w)
              .isEqualTo(
                  DashboardFixture.expected(
                      DashboardFixture.where(visible, s -> s.workstream() == w), day));
        }
        assertThat(d.byPhase()).hasSize(3);
        for (Dashboard.Row row : d.byPhase()) {
          Phase p = row.filter().phase();
          assertThat(row.counts())
              .as("%s %s %s", actor.username(), day, p)
              .isEqualTo(
                  DashboardFixture.expected(
                      DashboardFixture.where(visible, s -> s.phase() == p), day));
        }
      }
    }
    Dashboard d = dashboard(leader, null);
    assertThat(row(d.byWorkstream(), "PROPAGANDA.").counts().get(OVERDUE)).isEqualTo(1); // T02
    assertThat(row(d.byWorkstream(), "SECURITY.").counts().get(OVERDUE)).isEqualTo(1); // T08
    assertThat(row(d.byPhase(), "DURING.").counts().total()).isEqualTo(1); // T10
    assertThat(row(d.byPhase(), "AFTER.").counts().get(ON_TRACK)).isEqualTo(1); // T11
  }

  @Test
  void aDepartmentCountsTheTasksItLeadsOrCooperatesOnOnce() {
    for (Actor actor : List.of(leader, staff, admin)) {
      Dashboard d = dashboard(actor, null);
      List<DashboardFixture.Spec> visible = DashboardFixture.visibleTo(actor.clearance());
      for (String key : DashboardFixture.DEPARTMENTS) {
        Counts expected =
            DashboardFixture.expected(DashboardFixture.where(visible, s -> s.involves(key)), DAY);
        Dashboard.Row row =
            d.byDepartment().stream()
                .filter(r -> r.departmentId() == fixture.department(key))
                .findFirst()
                .orElse(null);
        if (expected.total() == 0) {
          assertThat(row).as("%s %s", actor.username(), key).isNull();
        } else {
          assertThat(row).as("%s %s", actor.username(), key).isNotNull();
          assertThat(row.counts()).as("%s %s", actor.username(), key).isEqualTo(expected);
          assertThat(row.label()).isEqualTo(DashboardFixture.departmentName(key));
          assertThat(row.metric()).isEqualTo("dept." + fixture.department(key) + ".");
          assertThat(row.filter().department()).isEqualTo(fixture.department(key));
        }
      }
    }
    Dashboard d = dashboard(leader, null);
    // C leads T08 and T14, cooperates on T10, T13 and (wrongly) on T14 itself: 4 tasks, not 5.
    Counts c = departmentRow(d, "C").counts();
    assertThat(c.total()).isEqualTo(4);
    assertThat(c.get(OVERDUE)).isEqualTo(1);
    // A: leads T07 (cancelled), T11, T13, T09 (above SECRET); cooperates on T04, T06.
    Counts a = departmentRow(d, "A").counts();
    assertThat(a.total()).isEqualTo(5);
    assertThat(a.cancelled()).isEqualTo(1);
    assertThat(departmentRow(dashboard(staff, null), "A").counts().total()).isEqualTo(4);
  }

  @Test
  void theLeagueTablePutsTheMostOverdueFirst() {
    Dashboard d = dashboard(leader, null);
    List<Dashboard.Row> rows = d.league();
    for (int i = 1; i < rows.size(); i++) {
      Counts before = rows.get(i - 1).counts();
      Counts after = rows.get(i).counts();
      assertThat(before.get(OVERDUE)).isGreaterThanOrEqualTo(after.get(OVERDUE));
      if (before.get(OVERDUE) == after.get(OVERDUE)) {
        assertThat(before.get(DUE_SOON)).isGreaterThanOrEqualTo(after.get(DUE_SOON));
      }
    }
    assertThat(rows.get(0).counts().get(OVERDUE)).isEqualTo(1);
    // Overdue ties (B, C, L2 have one each) stay in Vietnamese name order.
    assertThat(rows.subList(0, 3))
        .extracting(Dashboard.Row::label)
        .containsExactly(
            DashboardFixture.departmentName("B"),
            DashboardFixture.departmentName("C"),
            DashboardFixture.departmentName("L2"));
    assertThat(d.byDepartment())
        .extracting(Dashboard.Row::label)
        .isSortedAccordingTo(DashboardService.VIETNAMESE);
  }

  @Test
  void milestonesShowDaysLeftOrLateUntilSubmitted() {
    List<MilestoneLine> lines = dashboard(leader, null).milestones();
    assertThat(lines)
        .extracting(MilestoneLine::title)
        .containsExactly(
            "Mốc kiểm thử đã quá năm ngày", "Mốc kiểm thử đã trình", "Mốc kiểm thử còn mười ngày");
    assertThat(lines.get(0).daysLeft()).isEqualTo(-5);
    assertThat(lines.get(1).status()).isEqualTo(MilestoneStatus.SUBMITTED);
    assertThat(lines.get(1).daysLeft()).isNull();
    assertThat(lines.get(2).daysLeft()).isEqualTo(10);
    assertThat(lines.get(2).responsibleDepartment())
        .isEqualTo(DashboardFixture.departmentName("C"));
    assertThat(dashboard(leader, DAY.minusDays(10)).milestones().get(2).daysLeft()).isEqualTo(20);
  }

  @Test
  void daysToTheOpening() {
    assertThat(dashboard(leader, null).daysToOpening()).isEqualTo(57); // 15/07 → 10/09/2019
    assertThat(dashboard(leader, null).congressPhase()).isEqualTo(Phase.BEFORE);
    assertThat(dashboard(leader, DashboardFixture.OPENING).congressPhase()).isEqualTo(Phase.DURING);
    assertThat(dashboard(leader, DashboardFixture.CLOSING.plusDays(1)).congressPhase())
        .isEqualTo(Phase.AFTER);
  }

  @Test
  void upcomingDeadlinesAreTheUnfinishedOnesOfTheNextFourteenDays() {
    Dashboard d = dashboard(leader, null);
    assertThat(d.upcoming())
        .extracting(Dashboard.TaskLine::id)
        .containsExactly(fixture.task("T01"), fixture.task("T05"), fixture.task("T06"));
    assertThat(d.upcoming().get(0).daysLeft()).isZero();
    assertThat(d.upcoming().get(2).deadlineStatus()).isEqualTo(ON_TRACK);
    // As of yesterday T02 was still open and due that day.
    assertThat(dashboard(leader, DAY.minusDays(1)).upcoming())
        .extracting(Dashboard.TaskLine::id)
        .startsWith(fixture.task("T02"), fixture.task("T01"));
  }

  @Test
  void mostOverdueTasksComeOldestFirstWithinClearance() {
    assertThat(dashboard(leader, null).mostOverdue())
        .extracting(Dashboard.TaskLine::id)
        .containsExactly(fixture.task("T08"), fixture.task("T02"));
    assertThat(dashboard(leader, null).mostOverdue().get(0).daysOverdue()).isEqualTo(3);
    assertThat(dashboard(staff, null).mostOverdue())
        .extracting(Dashboard.TaskLine::id)
        .containsExactly(fixture.task("T02"));
    assertThat(dashboard(admin, null).mostOverdue()).hasSize(3);
  }

  @Test
  void anEditShowsAtTheNextRequestDespiteTheCache() {
    Counts before = dashboard(leader, null).overall().counts();
    long t14 = fixture.task("T14");
    try {
      edit(t14, TaskStatus.DONE, DAY);
      Counts after = dashboard(leader, null).overall().counts();
      assertThat(after.get(ON_TRACK)).isEqualTo(before.get(ON_TRACK) - 1);
      assertThat(after.get(DONE_ON_TIME)).isEqualTo(before.get(DONE_ON_TIME) + 1);
    } finally {
      edit(t14, TaskStatus.NOT_STARTED, null);
    }
    assertThat(dashboard(leader, null).overall().counts()).isEqualTo(before);
  }

  private void edit(long taskId, TaskStatus status, LocalDate completedOn) {
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            tx -> {
              Task task = tasks.findById(taskId).orElseThrow();
              ReflectionTestUtils.setField(task, "status", status);
              ReflectionTestUtils.setField(task, "completedOn", completedOn);
              task.touch("test", clock.instant());
            });
  }

  private void assertOnly(Dashboard d, String department, DeadlineStatus status) {
    Counts counts = departmentRow(d, department).counts();
    assertThat(counts.total()).as(department).isEqualTo(1);
    assertThat(counts.get(status)).as(department + " " + status).isEqualTo(1);
  }

  private Dashboard.Row departmentRow(Dashboard d, String key) {
    return d.byDepartment().stream()
        .filter(r -> r.departmentId() == fixture.department(key))
        .findFirst()
        .orElseThrow();
  }

  private static Dashboard.Row row(List<Dashboard.Row> rows, String metric) {
    return rows.stream().filter(r -> r.metric().equals(metric)).findFirst().orElseThrow();
  }
}
