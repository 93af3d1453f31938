package vn.congressplanner.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.account.Role;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressLevel;
import vn.congressplanner.congress.DeadlineAnchor;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentKind;
import vn.congressplanner.system.RuleViolation;

/**
 * Rule D13 at its edges: D−N and C+N landing the day before, of and after the opening or closing,
 * for each phase, with the message next to the offset field. No Spring, no database.
 */
class RelativeDeadlineRulesTests {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  static final LocalDate OPENING = LocalDate.of(2020, 9, 23);
  static final LocalDate CLOSING = LocalDate.of(2020, 9, 24);

  final DeadlineRules rules =
      new DeadlineRules(
          Clock.fixed(LocalDate.of(2019, 7, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
  final Congress congress =
      new Congress("Đại hội", "2020–2025", CongressLevel.PROVINCE, null, null, OPENING, CLOSING);
  final Department lead = new Department("Ban Tuyên giáo", "TG", DepartmentKind.PARTY_BOARD);
  final Actor leader = new Actor(2L, "lanhdao", "LĐ", Role.LEADER, null, Clearance.SECRET);

  TaskDraft draft(Phase phase, DeadlineAnchor anchor, Integer offset, LocalDate start) {
    return new TaskDraft(
        congress,
        phase,
        lead,
        Set.of(),
        null,
        start,
        anchor.resolve(offset, OPENING, CLOSING),
        TaskStatus.NOT_STARTED,
        0,
        null,
        null,
        Clearance.NORMAL,
        null,
        anchor,
        offset);
  }

  List<RuleViolation> check(Phase phase, DeadlineAnchor anchor, Integer offset) {
    return rules.check(null, draft(phase, anchor, offset, null), leader);
  }

  @Test
  void dMinusNIsTheOpeningMinusNDaysAndCPlusNTheClosingPlusN() {
    assertThat(DeadlineAnchor.OPENING.resolve(30, OPENING, CLOSING))
        .isEqualTo(LocalDate.of(2020, 8, 24));
    assertThat(DeadlineAnchor.CLOSING.resolve(7, OPENING, CLOSING))
        .isEqualTo(LocalDate.of(2020, 10, 1));
    assertThat(DeadlineAnchor.OPENING.describe(30, LocalDate.of(2020, 8, 24)))
        .isEqualTo("D−30 (24/08/2020)");
    assertThat(DeadlineAnchor.CLOSING.describe(7, LocalDate.of(2020, 10, 1)))
        .isEqualTo("C+7 (01/10/2020)");
    assertThat(DeadlineAnchor.FIXED.describe(null, LocalDate.of(2020, 10, 1)))
        .isEqualTo("01/10/2020");
  }

  /** The day before, of and after each edge, for each phase: allowed or refused (D1 via D13). */
  @ParameterizedTest(name = "{0} {1}{2} allowed={3}")
  @CsvSource({
    // BEFORE: due before the opening. D−1 is the day before, D−0 the opening day.
    "BEFORE, OPENING, 1, true",
    "BEFORE, OPENING, 0, false",
    "BEFORE, CLOSING, 0, false",
    // DURING: opening..closing. D−1 the day before the opening; D−0 the opening; C+0 the
    // closing; C+1 the day after.
    "DURING, OPENING, 1, false",
    "DURING, OPENING, 0, true",
    "DURING, CLOSING, 0, true",
    "DURING, CLOSING, 1, false",
    // AFTER: after the closing. C+0 is the closing day, C+1 the day after.
    "AFTER, CLOSING, 0, false",
    "AFTER, CLOSING, 1, true",
    "AFTER, OPENING, 0, false",
  })
  void phaseWindowAtTheEdges(Phase phase, DeadlineAnchor anchor, int offset, boolean allowed) {
    List<RuleViolation> violations = check(phase, anchor, offset);
    if (allowed) {
      assertThat(violations).isEmpty();
    } else {
      assertThat(violations)
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.field()).isEqualTo("deadlineOffsetDays");
                assertThat(v.code()).isEqualTo("task.deadlineOffsetDays.outsidePhase");
                assertThat(v.args().get(0).toString()).startsWith(anchor.code(offset));
              });
    }
  }

  @Test
  void aRelativeDeadlineNeedsAnOffsetBetweenZeroAndTheLimit() {
    assertThat(check(Phase.BEFORE, DeadlineAnchor.OPENING, null))
        .extracting(RuleViolation::field, RuleViolation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "deadlineOffsetDays", "task.deadlineOffsetDays.required"));
    assertThat(check(Phase.BEFORE, DeadlineAnchor.OPENING, -1))
        .extracting(RuleViolation::code)
        .contains("task.deadlineOffsetDays.range");
    assertThat(check(Phase.BEFORE, DeadlineAnchor.OPENING, DeadlineAnchor.MAX_OFFSET_DAYS))
        .isEmpty();
    assertThat(check(Phase.BEFORE, DeadlineAnchor.OPENING, DeadlineAnchor.MAX_OFFSET_DAYS + 1))
        .extracting(RuleViolation::code)
        .contains("task.deadlineOffsetDays.range");
  }

  @Test
  void aStartDateAfterTheComputedDeadlineIsRefusedOnTheDayItIsAllowed() {
    LocalDate deadline = OPENING.minusDays(10);
    assertThat(
            rules.check(
                null,
                draft(Phase.BEFORE, DeadlineAnchor.OPENING, 10, deadline.plusDays(1)),
                leader))
        .extracting(RuleViolation::field, RuleViolation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("startDate", "task.startDate.afterDeadline"));
    assertThat(rules.check(null, draft(Phase.BEFORE, DeadlineAnchor.OPENING, 10, deadline), leader))
        .isEmpty();
  }

  @Test
  void aCongressMoveIsJudgedAgainstTheNewDates() {
    TaskDraft moved =
        draft(Phase.BEFORE, DeadlineAnchor.OPENING, 0, null).withDeadline(OPENING.plusDays(7));
    assertThat(rules.checkCongressMove(moved, OPENING.plusDays(7), CLOSING.plusDays(7), null))
        .extracting(RuleViolation::code)
        .containsExactly("task.deadlineOffsetDays.outsidePhase");
    TaskDraft fine =
        draft(Phase.BEFORE, DeadlineAnchor.OPENING, 1, null).withDeadline(OPENING.plusDays(6));
    assertThat(rules.checkCongressMove(fine, OPENING.plusDays(7), CLOSING.plusDays(7), null))
        .isEmpty();
  }
}
