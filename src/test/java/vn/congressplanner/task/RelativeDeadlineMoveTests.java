package vn.congressplanner.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressLevel;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.congress.DeadlineAnchor;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.congress.internal.CongressRepository;
import vn.congressplanner.department.internal.DepartmentRepository;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.milestone.MilestoneFixtures;
import vn.congressplanner.support.IntegrationTest;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;

/**
 * D13 through {@link CongressService#updateCurrent}: moving the congress moves every relative
 * deadline in the same transaction (each recorded in its task's history), and a move that would
 * make any of them break D1–D3 is refused as a whole, naming the tasks, with nothing changed. Each
 * test makes its own current congress (23–24/9/2020) in a database of its own.
 */
@IntegrationTest
@TestPropertySource(properties = "planner.test.database=relative_move")
class RelativeDeadlineMoveTests {

  static final LocalDate OPENING = LocalDate.of(2020, 9, 23);
  static final LocalDate CLOSING = LocalDate.of(2020, 9, 24);

  @Autowired CongressService congressService;
  @Autowired CongressRepository congresses;
  @Autowired TaskService service;
  @Autowired DepartmentRepository departments;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired ApplicationContext context;

  TaskFixtures f;
  Congress congress;

  @BeforeEach
  void ownCurrentCongress() {
    f = new TaskFixtures(departments, jdbc);
    congress =
        tx.execute(
            s -> {
              congresses.findAll().forEach(c -> ReflectionTestUtils.setField(c, "current", false));
              Congress c =
                  new Congress(
                      MilestoneFixtures.unique("Đại hội thử D13"),
                      "2020–2025",
                      CongressLevel.PROVINCE,
                      "Hội trường",
                      null,
                      OPENING,
                      CLOSING);
              ReflectionTestUtils.setField(c, "current", true);
              return congresses.save(c);
            });
  }

  Task create(
      Phase phase,
      DeadlineAnchor anchor,
      Integer offset,
      LocalDate fixed,
      LocalDate start,
      Long milestone) {
    return service.create(
        new TaskCommand(
            MilestoneFixtures.unique("Việc " + phase + " " + anchor),
            null,
            Workstream.SERVICE,
            phase,
            f.departmentId("VPTU"),
            List.of(),
            milestone,
            start,
            fixed,
            TaskStatus.NOT_STARTED,
            0,
            null,
            null,
            Priority.NORMAL,
            Clearance.NORMAL,
            null,
            null,
            anchor,
            offset),
        f.admin());
  }

  LocalDate deadline(Task t) {
    return jdbc.queryForObject(
        "select deadline from task where id = ?", LocalDate.class, t.getId());
  }

  @Test
  void movingTheCongressMovesRelativeDeadlinesAndRecordsEachInTheHistory() {
    Task before = create(Phase.BEFORE, DeadlineAnchor.OPENING, 30, null, null, null);
    Task after = create(Phase.AFTER, DeadlineAnchor.CLOSING, 7, null, null, null);
    Task fixed =
        create(Phase.BEFORE, DeadlineAnchor.FIXED, null, LocalDate.of(2020, 8, 1), null, null);
    assertThat(deadline(before)).isEqualTo(LocalDate.of(2020, 8, 24));
    assertThat(deadline(after)).isEqualTo(LocalDate.of(2020, 10, 1));

    move(OPENING.plusDays(7), CLOSING.plusDays(7));

    assertThat(deadline(before)).isEqualTo(LocalDate.of(2020, 8, 31));
    assertThat(deadline(after)).isEqualTo(LocalDate.of(2020, 10, 8));
    assertThat(deadline(fixed)).isEqualTo(LocalDate.of(2020, 8, 1));
    Map<String, Object> entry =
        jdbc.queryForMap(
            "select old_value, new_value, reason, actor from history_entry"
                + " where entity_type = 'TASK' and entity_id = ? and field = 'deadline'",
            before.getId());
    assertThat(entry.get("old_value").toString()).isEqualTo("2020-08-24");
    assertThat(entry.get("new_value").toString()).isEqualTo("2020-08-31");
    assertThat(entry.get("reason").toString())
        .startsWith(
            "D−30: Đại hội đổi ngày từ 23/09/2020 – 24/09/2020 sang 30/09/2020 – 01/10/2020");
    assertThat(entry.get("actor")).isEqualTo("admin");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from history_entry where entity_type = 'TASK' and entity_id = ?"
                    + " and field = 'deadline'",
                Long.class,
                fixed.getId()))
        .isZero();
    assertThat(service.get(before.getId(), f.admin()).getDeadlineText())
        .isEqualTo("D−30 (31/08/2020)");
  }

  @Test
  void aMoveThatWouldBreakARelativeDeadlineIsRefusedAsAWholeNamingTheTasks() {
    Milestone milestone =
        MilestoneFixtures.from(context)
            .milestone(MilestoneFixtures.unique("Mốc D13"), LocalDate.of(2020, 9, 15));
    // D2: due D−10 = 13/09, on or before the milestone of 15/09 until the congress moves later.
    Task capped = create(Phase.BEFORE, DeadlineAnchor.OPENING, 10, null, null, milestone.getId());
    // D3: starts 10/09, due D−10 = 13/09, until the congress moves earlier.
    Task started =
        create(Phase.BEFORE, DeadlineAnchor.OPENING, 10, null, LocalDate.of(2020, 9, 10), null);
    // Moves fine either way.
    Task fine = create(Phase.AFTER, DeadlineAnchor.CLOSING, 3, null, null, null);
    Map<String, Object> snapshot = snapshot();

    assertThatThrownBy(() -> move(OPENING.plusDays(3), CLOSING.plusDays(3)))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              RuleViolation v = e.violations().get(0);
              assertThat(e.violations()).hasSize(1);
              assertThat(v.field()).isEqualTo("openingDate");
              assertThat(v.code()).isEqualTo("task.relativeDeadline.congressMove");
              assertThat(v.args().get(1)).isEqualTo(1L);
              assertThat(v.args().get(2).toString())
                  .contains(capped.getTitle() + " — D−10 (16/09/2020)")
                  .doesNotContain(started.getTitle())
                  .doesNotContain(fine.getTitle());
            });
    assertThat(snapshot()).isEqualTo(snapshot);

    assertThatThrownBy(() -> move(OPENING.minusDays(4), CLOSING.minusDays(4)))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations().get(0).args().get(2).toString())
                    .contains(started.getTitle() + " — D−10 (09/09/2020)")
                    .doesNotContain(capped.getTitle()));
    assertThat(snapshot()).isEqualTo(snapshot);

    // A day less each way is still within the rules: the move and the deadlines go through.
    move(OPENING.plusDays(2), CLOSING.plusDays(2));
    assertThat(deadline(capped)).isEqualTo(LocalDate.of(2020, 9, 15));
    assertThat(deadline(fine)).isEqualTo(LocalDate.of(2020, 9, 29));
  }

  @Test
  void classifiedTasksAreCountedNotNamed() {
    // AFTER, due C+1 = 25/09 and started 25/09: a congress two days earlier makes it due 23/09,
    // before its start (D3).
    Task secret =
        create(Phase.AFTER, DeadlineAnchor.CLOSING, 1, null, LocalDate.of(2020, 9, 25), null);
    jdbc.update("update task set confidentiality = 'SECRET' where id = ?", secret.getId());
    Map<String, Object> snapshot = snapshot();

    assertThatThrownBy(() -> move(OPENING.minusDays(2), CLOSING.minusDays(2)))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(RuleViolation::code)
                    .containsExactly("task.relativeDeadline.congressMove.unlisted"));
    assertThat(snapshot()).isEqualTo(snapshot);
  }

  @Autowired vn.congressplanner.milestone.MilestoneService milestoneService;

  /** A milestone of the test's congress due {@code offset} days before the opening (D−N). */
  private Milestone relativeMilestone(int offset) {
    return milestoneService.create(
        new vn.congressplanner.milestone.MilestoneService.Fields(
            MilestoneFixtures.unique("Mốc D−" + offset),
            Workstream.SERVICE,
            vn.congressplanner.milestone.DeliverableKind.PLAN,
            null,
            "Thường trực Tỉnh ủy",
            f.departmentId("VPTU"),
            null,
            null,
            DeadlineAnchor.OPENING,
            offset),
        f.admin());
  }

  private LocalDate due(Milestone m) {
    return jdbc.queryForObject(
        "select due_date from milestone where id = ?", LocalDate.class, m.getId());
  }

  @Test
  void aRelativeMilestoneFollowsTheCongressAndItsHistorySaysWhy() {
    Milestone m = relativeMilestone(20);
    assertThat(due(m)).isEqualTo(LocalDate.of(2020, 9, 3));
    assertThat(m.getDueText()).isEqualTo("D−20 (03/09/2020)");

    move(OPENING.plusDays(7), CLOSING.plusDays(7));

    assertThat(due(m)).isEqualTo(LocalDate.of(2020, 9, 10));
    Map<String, Object> entry =
        jdbc.queryForMap(
            "select old_value, new_value, reason from history_entry"
                + " where entity_type = 'MILESTONE' and entity_id = ? and field = 'dueDate'"
                + " and old_value is not null",
            m.getId());
    assertThat(entry.get("old_value").toString()).isEqualTo("2020-09-03");
    assertThat(entry.get("new_value").toString()).isEqualTo("2020-09-10");
    assertThat(entry.get("reason").toString()).startsWith("D−20: Đại hội đổi ngày từ 23/09/2020");
  }

  @Test
  void aFixedTaskDueAfterItsRelativeMilestonesNewDateRefusesTheMoveOnlyFromTheDayAfter() {
    Milestone m = relativeMilestone(20); // 03/09/2020
    Task fixed =
        create(Phase.BEFORE, DeadlineAnchor.FIXED, null, LocalDate.of(2020, 9, 1), null, m.getId());
    Map<String, Object> snapshot = snapshot();

    // Three days earlier: the milestone would be due 31/08, the day before the task (D2).
    assertThatThrownBy(() -> move(OPENING.minusDays(3), CLOSING.minusDays(3)))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations().get(0).args().get(2).toString())
                    .contains(fixed.getTitle()));
    assertThat(snapshot()).isEqualTo(snapshot);
    assertThat(due(m)).isEqualTo(LocalDate.of(2020, 9, 3));

    // Two days earlier: due 01/09, the task's own day: allowed, the task keeps its date.
    move(OPENING.minusDays(2), CLOSING.minusDays(2));
    assertThat(due(m)).isEqualTo(LocalDate.of(2020, 9, 1));
    assertThat(deadline(fixed)).isEqualTo(LocalDate.of(2020, 9, 1));
  }

  @Test
  void aFrozenMilestonesRelativeTaskRefusesTheMoveUntilTheMilestoneIsReturned() {
    Milestone m =
        MilestoneFixtures.from(context)
            .milestone(MilestoneFixtures.unique("Mốc D4"), LocalDate.of(2020, 9, 20));
    Task relative = create(Phase.BEFORE, DeadlineAnchor.OPENING, 10, null, null, m.getId());
    milestoneService.submit(m.getId(), "Trình", null, f.admin());
    Map<String, Object> snapshot = snapshot();

    assertThatThrownBy(() -> move(OPENING.plusDays(1), CLOSING.plusDays(1)))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations().get(0).args().get(2).toString())
                    .contains(relative.getTitle()));
    assertThat(snapshot()).isEqualTo(snapshot);

    milestoneService.returnForRework(m.getId(), "Bổ sung", f.admin());
    move(OPENING.plusDays(1), CLOSING.plusDays(1));
    assertThat(deadline(relative)).isEqualTo(LocalDate.of(2020, 9, 14));
  }

  private void move(LocalDate opening, LocalDate closing) {
    Congress c = congressService.get(congress.getId());
    congressService.updateCurrent(
        new CongressService.Settings(
            c.getName(),
            c.getTerm(),
            c.getLevel(),
            c.getVenue(),
            c.getPreparatoryDate(),
            opening,
            closing,
            c.getDelegates()),
        "admin");
  }

  /** The congress, every task of it (deadline, version) and the history, straight from the DB. */
  private Map<String, Object> snapshot() {
    Map<String, Object> row =
        new java.util.TreeMap<>(
            jdbc.queryForMap(
                "select name, opening_date, closing_date, version from congress where id = ?",
                congress.getId()));
    row.put(
        "tasks",
        jdbc.queryForList(
            "select id, deadline, version, updated_at from task where congress_id = ? order by id",
            congress.getId()));
    row.put("history", jdbc.queryForObject("select count(*) from history_entry", Long.class));
    return row;
  }
}
