package vn.congressplanner.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressLevel;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.congress.internal.CongressRepository;
import vn.congressplanner.department.internal.DepartmentRepository;
import vn.congressplanner.milestone.MilestoneFixtures;
import vn.congressplanner.support.IntegrationTest;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.task.internal.TaskRepository;

/**
 * Rule D9 through {@link CongressService#updateCurrent}: each test makes its own current congress
 * (opening 23/9/2020, closing 24/9/2020) in a database of its own, so that moving dates touches no
 * other test's data.
 */
@IntegrationTest
@TestPropertySource(properties = "planner.test.database=phase_guard")
class TaskPhaseGuardTests {

  static final LocalDate OPENING = LocalDate.of(2020, 9, 23);
  static final LocalDate CLOSING = LocalDate.of(2020, 9, 24);

  @Autowired CongressService congressService;
  @Autowired CongressRepository congresses;
  @Autowired TaskRepository tasks;
  @Autowired DepartmentRepository departments;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired Clock clock;

  Congress congress;

  @BeforeEach
  void ownCurrentCongress() {
    congress =
        tx.execute(
            s -> {
              congresses.findAll().forEach(c -> ReflectionTestUtils.setField(c, "current", false));
              Congress c =
                  new Congress(
                      MilestoneFixtures.unique("Đại hội thử D9"),
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

  @Test
  void anOpeningOnABeforeTasksDeadlineIsRefusedTheDayAfterItIsAllowed() {
    String title = task(Phase.BEFORE, LocalDate.of(2020, 9, 20), Clearance.NORMAL);
    Map<String, Object> before = snapshot();

    assertThatThrownBy(() -> move(LocalDate.of(2020, 9, 20), CLOSING))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new RuleViolation(
                            "openingDate",
                            "phaseWindow.opening",
                            "20/09/2020",
                            1L,
                            "“" + title + "”")));
    assertThat(snapshot()).isEqualTo(before);

    move(LocalDate.of(2020, 9, 21), CLOSING);
    assertThat(congresses.findById(congress.getId()).orElseThrow().getOpeningDate())
        .isEqualTo(LocalDate.of(2020, 9, 21));
  }

  @Test
  void anOpeningAfterADuringTasksDeadlineIsRefusedOnItIsAllowed() {
    String title = task(Phase.DURING, OPENING, Clearance.NORMAL);
    Map<String, Object> before = snapshot();

    assertThatThrownBy(() -> move(OPENING.plusDays(1), CLOSING))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.violations()).hasSize(1);
              assertThat(e.violations().get(0).field()).isEqualTo("openingDate");
              assertThat(e.violations().get(0).args()).contains("“" + title + "”");
            });
    assertThat(snapshot()).isEqualTo(before);

    move(OPENING, CLOSING.plusDays(1)); // the task stays on the opening day: fine
  }

  @Test
  void aClosingBeforeADuringTasksDeadlineIsRefusedOnItIsAllowed() {
    String title = task(Phase.DURING, CLOSING, Clearance.NORMAL);
    Map<String, Object> before = snapshot();

    assertThatThrownBy(() -> move(OPENING, CLOSING.minusDays(1)))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new RuleViolation(
                            "closingDate",
                            "phaseWindow.closing",
                            "23/09/2020",
                            1L,
                            "“" + title + "”")));
    assertThat(snapshot()).isEqualTo(before);

    move(OPENING.minusDays(1), CLOSING);
  }

  @Test
  void aClosingOnAnAfterTasksDeadlineIsRefusedTheDayBeforeItIsAllowed() {
    LocalDate deadline = LocalDate.of(2020, 9, 26);
    String title = task(Phase.AFTER, deadline, Clearance.NORMAL);
    Map<String, Object> before = snapshot();

    assertThatThrownBy(() -> move(OPENING, deadline))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.violations().get(0).field()).isEqualTo("closingDate");
              assertThat(e.violations().get(0).args()).contains("“" + title + "”");
            });
    assertThat(snapshot()).isEqualTo(before);

    move(OPENING, deadline.minusDays(1));
  }

  @Test
  void bothDatesCanBeRefusedAtOnceAndClassifiedTasksAreCountedNotNamed() {
    task(Phase.BEFORE, LocalDate.of(2020, 9, 1), Clearance.SECRET);
    String after = task(Phase.AFTER, LocalDate.of(2020, 10, 1), Clearance.NORMAL);
    Map<String, Object> before = snapshot();

    assertThatThrownBy(() -> move(LocalDate.of(2020, 8, 31), LocalDate.of(2020, 10, 1)))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new RuleViolation(
                            "openingDate", "phaseWindow.opening.unlisted", "31/08/2020", 1L),
                        new RuleViolation(
                            "closingDate",
                            "phaseWindow.closing",
                            "01/10/2020",
                            1L,
                            "“" + after + "”")));
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void moreThanTenTasksAreCountedAndTheFirstTenNamed() {
    for (int i = 1; i <= 13; i++) {
      task(Phase.BEFORE, LocalDate.of(2020, 9, 1).plusDays(i), Clearance.NORMAL);
    }
    Map<String, Object> before = snapshot();

    assertThatThrownBy(() -> move(LocalDate.of(2020, 9, 1), CLOSING))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              RuleViolation v = e.violations().get(0);
              assertThat(v.code()).isEqualTo("phaseWindow.opening.more");
              assertThat(v.args().get(1)).isEqualTo(13L);
              assertThat(((String) v.args().get(2)).split("; ")).hasSize(10);
              assertThat(v.args().get(3)).isEqualTo(3L);
            });
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aCancelledTaskDoesNotBlockButTheSameTaskOpenDoes() {
    String open = task(Phase.BEFORE, LocalDate.of(2020, 9, 20), Clearance.NORMAL);
    String cancelled = task(Phase.BEFORE, LocalDate.of(2020, 9, 21), Clearance.NORMAL);
    jdbc.update("update task set status = 'CANCELLED' where title = ?", cancelled);
    Map<String, Object> before = snapshot();

    // The day after the open task's deadline, on the cancelled one's: only the open one counts.
    move(LocalDate.of(2020, 9, 21), CLOSING);
    assertThat(congresses.findById(congress.getId()).orElseThrow().getOpeningDate())
        .isEqualTo(LocalDate.of(2020, 9, 21));

    // On the open task's deadline: refused, naming the open task and not the cancelled one.
    Map<String, Object> moved = snapshot();
    assertThatThrownBy(() -> move(LocalDate.of(2020, 9, 20), CLOSING))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.violations()).hasSize(1);
              assertThat(e.violations().get(0).args())
                  .contains(1L, "“" + open + "”")
                  .doesNotContain("“" + cancelled + "”");
            });
    assertThat(snapshot()).isEqualTo(moved).isNotEqualTo(before);
  }

  @Test
  void tasksOfAnotherCongressDoNotBlock() {
    Congress other =
        congresses.save(
            new Congress(
                MilestoneFixtures.unique("Đại hội khác"),
                "2020–2025",
                CongressLevel.DISTRICT,
                null,
                null,
                LocalDate.of(2020, 5, 1),
                LocalDate.of(2020, 5, 2)));
    tx.executeWithoutResult(
        s ->
            tasks.save(
                new Task(
                    other,
                    MilestoneFixtures.unique("Việc của Đại hội khác"),
                    Workstream.SERVICE,
                    Phase.BEFORE,
                    departments.findByCodeIgnoreCase("VPTU").orElseThrow(),
                    LocalDate.of(2020, 4, 30),
                    "test",
                    clock.instant())));

    move(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 4, 2));
  }

  private String task(Phase phase, LocalDate deadline, Clearance level) {
    String title = MilestoneFixtures.unique("Nhiệm vụ " + phase);
    tx.executeWithoutResult(
        s -> {
          Task t =
              new Task(
                  congresses.getReferenceById(congress.getId()),
                  title,
                  Workstream.SECURITY,
                  phase,
                  departments.findByCodeIgnoreCase("CAT").orElseThrow(),
                  deadline,
                  "test",
                  clock.instant());
          ReflectionTestUtils.setField(t, "confidentiality", level);
          tasks.save(t);
        });
    return title;
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

  private Map<String, Object> snapshot() {
    Map<String, Object> row =
        new java.util.TreeMap<>(
            jdbc.queryForMap(
                "select name, opening_date, closing_date, version from congress where id = ?",
                congress.getId()));
    row.put(
        "history",
        jdbc.queryForObject(
            "select count(*) from history_entry where entity_type = 'CONGRESS' and entity_id = ?",
            Long.class,
            congress.getId()));
    return row;
  }
}
