package vn.congressplanner.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.account.Role;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressLevel;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentKind;
import vn.congressplanner.milestone.DeliverableKind;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.milestone.MilestoneStatus;
import vn.congressplanner.system.RuleViolation;

/**
 * Every rule of {@link DeadlineRules} at its edges (the day before, the day of, the day after),
 * with "today" pinned to 15/07/2019 by a fixed clock. No Spring, no database.
 */
class DeadlineRulesTests {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  static final LocalDate TODAY = LocalDate.of(2019, 7, 15);
  static final LocalDate OPENING = LocalDate.of(2020, 9, 23);
  static final LocalDate CLOSING = LocalDate.of(2020, 9, 24);

  final DeadlineRules rules =
      new DeadlineRules(Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));

  final Congress congress =
      new Congress(
          "Đại hội kiểm thử",
          "2020–2025",
          CongressLevel.PROVINCE,
          "Hội trường",
          OPENING.minusDays(1),
          OPENING,
          CLOSING);
  final Department lead = new Department("Ban Tuyên giáo", "TG", DepartmentKind.PARTY_BOARD);
  final Department other = new Department("Công an tỉnh", "CA", DepartmentKind.FORCE);
  final Milestone milestone =
      new Milestone(
          congress,
          "Kế hoạch tuyên truyền",
          Workstream.PROPAGANDA,
          LocalDate.of(2019, 7, 30),
          DeliverableKind.PLAN,
          "Ban Thường vụ",
          lead);

  static final Actor STAFF = new Actor(1L, "canbo", "Cán bộ", Role.STAFF, null, Clearance.NORMAL);
  static final Actor LEADER =
      new Actor(2L, "lanhdao", "Lãnh đạo", Role.LEADER, null, Clearance.SECRET);
  static final Actor ADMIN =
      new Actor(3L, "quantri", "Quản trị", Role.ADMIN, null, Clearance.TOP_SECRET);

  /** A valid draft to start from: a BEFORE task due 10/08/2019, not started. */
  Draft draft() {
    return new Draft();
  }

  final class Draft {
    Phase phase = Phase.BEFORE;
    Department leadDepartment = lead;
    Set<Department> cooperating = new LinkedHashSet<>();
    Milestone linked;
    LocalDate start;
    LocalDate deadline = LocalDate.of(2019, 8, 10);
    TaskStatus status = TaskStatus.NOT_STARTED;
    int progress;
    LocalDate completedOn;
    String resultNote;
    Clearance confidentiality = Clearance.NORMAL;
    String reason;

    TaskDraft build() {
      return new TaskDraft(
          congress,
          phase,
          leadDepartment,
          cooperating,
          linked,
          start,
          deadline,
          status,
          progress,
          completedOn,
          resultNote,
          confidentiality,
          reason);
    }
  }

  Task existing(LocalDate deadline, TaskStatus status) {
    Task task =
        new Task(
            congress,
            "Nhiệm vụ có sẵn",
            Workstream.PROPAGANDA,
            Phase.BEFORE,
            lead,
            deadline,
            "canbo",
            Instant.EPOCH);
    ReflectionTestUtils.setField(task, "status", status);
    return task;
  }

  List<String> codes(Task current, Draft draft, Actor actor) {
    return rules.check(current, draft.build(), actor).stream().map(RuleViolation::code).toList();
  }

  List<RuleViolation> violations(Task current, Draft draft, Actor actor) {
    return rules.check(current, draft.build(), actor);
  }

  @Test
  void theStartingDraftIsValid() {
    assertThat(codes(null, draft(), STAFF)).isEmpty();
  }

  @Nested
  class D1PhaseWindow {

    List<String> before(LocalDate deadline) {
      Draft d = draft();
      d.phase = Phase.BEFORE;
      d.deadline = deadline;
      return codes(null, d, STAFF);
    }

    List<String> during(LocalDate deadline) {
      Draft d = draft();
      d.phase = Phase.DURING;
      d.deadline = deadline;
      return codes(null, d, STAFF);
    }

    List<String> after(LocalDate deadline) {
      Draft d = draft();
      d.phase = Phase.AFTER;
      d.deadline = deadline;
      return codes(null, d, STAFF);
    }

    @Test
    void beforeTaskIsDueBeforeTheOpening() {
      assertThat(before(OPENING.minusDays(1))).isEmpty();
      assertThat(before(OPENING)).containsExactly("task.deadline.outsidePhase");
      assertThat(before(OPENING.plusDays(1))).containsExactly("task.deadline.outsidePhase");
    }

    @Test
    void duringTaskIsDueFromOpeningToClosing() {
      assertThat(during(OPENING.minusDays(1))).containsExactly("task.deadline.outsidePhase");
      assertThat(during(OPENING)).isEmpty();
      assertThat(during(CLOSING)).isEmpty();
      assertThat(during(CLOSING.plusDays(1))).containsExactly("task.deadline.outsidePhase");
    }

    @Test
    void afterTaskIsDueAfterTheClosing() {
      assertThat(after(CLOSING.minusDays(1))).containsExactly("task.deadline.outsidePhase");
      assertThat(after(CLOSING)).containsExactly("task.deadline.outsidePhase");
      assertThat(after(CLOSING.plusDays(1))).isEmpty();
    }

    @Test
    void theMessageBelongsNextToTheDeadline() {
      Draft d = draft();
      d.deadline = OPENING;
      assertThat(violations(null, d, STAFF))
          .extracting(RuleViolation::field)
          .containsExactly("deadline");
    }
  }

  @Nested
  class D2MilestoneCap {

    List<String> dueOn(LocalDate deadline) {
      Draft d = draft();
      d.linked = milestone;
      d.deadline = deadline;
      return codes(null, d, STAFF);
    }

    @Test
    void linkedTaskIsDueOnOrBeforeTheMilestone() {
      LocalDate due = milestone.getDueDate();
      assertThat(dueOn(due.minusDays(1))).isEmpty();
      assertThat(dueOn(due)).isEmpty();
      assertThat(dueOn(due.plusDays(1))).containsExactly("task.deadline.afterMilestone");
    }
  }

  @Nested
  class D3StartBeforeDeadline {

    List<String> startingOn(LocalDate start) {
      Draft d = draft();
      d.start = start;
      return codes(null, d, STAFF);
    }

    @Test
    void startIsOnOrBeforeTheDeadline() {
      LocalDate deadline = draft().deadline;
      assertThat(startingOn(deadline.minusDays(1))).isEmpty();
      assertThat(startingOn(deadline)).isEmpty();
      assertThat(startingOn(deadline.plusDays(1))).containsExactly("task.startDate.afterDeadline");
      assertThat(violations(null, withStart(deadline.plusDays(1)), STAFF))
          .extracting(RuleViolation::field)
          .containsExactly("startDate");
    }

    Draft withStart(LocalDate start) {
      Draft d = draft();
      d.start = start;
      return d;
    }
  }

  @Nested
  class D4FrozenMilestone {

    Task linkedTask() {
      Task task = existing(LocalDate.of(2019, 7, 25), TaskStatus.IN_PROGRESS);
      ReflectionTestUtils.setField(task, "milestone", milestone);
      return task;
    }

    Draft sameAs(Task task) {
      Draft d = draft();
      d.linked = task.getMilestone();
      d.deadline = task.getDeadline();
      d.status = task.getStatus();
      return d;
    }

    @Test
    void submittedOrApprovedMilestoneTakesNoNewTask() {
      for (MilestoneStatus status : MilestoneStatus.values()) {
        ReflectionTestUtils.setField(milestone, "status", status);
        Draft d = draft();
        d.linked = milestone;
        d.deadline = LocalDate.of(2019, 7, 25);
        List<String> codes = codes(null, d, ADMIN);
        if (milestone.isFrozen()) {
          assertThat(codes).as(status.name()).containsExactly("task.milestone.frozenLink");
        } else {
          assertThat(codes).as(status.name()).isEmpty();
        }
      }
    }

    @Test
    void frozenMilestoneKeepsItsTasks() {
      Task task = linkedTask();
      for (MilestoneStatus status : MilestoneStatus.values()) {
        ReflectionTestUtils.setField(milestone, "status", status);
        Draft d = sameAs(task);
        d.linked = null;
        List<String> codes = codes(task, d, ADMIN);
        if (milestone.isFrozen()) {
          assertThat(codes).as(status.name()).containsExactly("task.milestone.frozenUnlink");
        } else {
          assertThat(codes).as(status.name()).isEmpty();
        }
      }
    }

    @Test
    void deadlinesOfAFrozenMilestonesTasksStayPut() {
      Task task = linkedTask();
      ReflectionTestUtils.setField(milestone, "status", MilestoneStatus.SUBMITTED);
      Draft earlier = sameAs(task);
      earlier.deadline = task.getDeadline().minusDays(1);
      assertThat(codes(task, earlier, ADMIN)).containsExactly("task.deadline.milestoneFrozen");
      Draft unchanged = sameAs(task);
      unchanged.progress = 40;
      assertThat(codes(task, unchanged, STAFF)).isEmpty();

      ReflectionTestUtils.setField(milestone, "status", MilestoneStatus.RETURNED);
      assertThat(codes(task, earlier, ADMIN)).isEmpty();
    }

    @Test
    void movingToAFrozenMilestoneIsRefusedTooWhenTheDeadlineMoves() {
      Task task = existing(LocalDate.of(2019, 8, 10), TaskStatus.IN_PROGRESS);
      ReflectionTestUtils.setField(milestone, "status", MilestoneStatus.APPROVED);
      Draft d = draft();
      d.linked = milestone;
      d.deadline = LocalDate.of(2019, 7, 28);
      assertThat(codes(task, d, ADMIN))
          .containsExactlyInAnyOrder("task.milestone.frozenLink", "task.deadline.milestoneFrozen");
    }
  }

  @Nested
  class D5OverdueExtension {

    Draft moved(Task task, String reason) {
      Draft d = draft();
      d.deadline = task.getDeadline().plusDays(10);
      d.status = task.getStatus();
      d.reason = reason;
      return d;
    }

    @Test
    void aTaskWhoseDeadlinePassedYesterdayIsExtendedOnlyByALeaderWithAReason() {
      Task overdue = existing(TODAY.minusDays(1), TaskStatus.IN_PROGRESS);
      assertThat(violations(overdue, moved(overdue, "Chờ ý kiến"), STAFF))
          .extracting(RuleViolation::field, RuleViolation::code)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("deadline", "task.deadline.extensionNotAllowed"));
      assertThat(violations(overdue, moved(overdue, null), LEADER))
          .extracting(RuleViolation::field, RuleViolation::code)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "deadlineChangeReason", "task.deadlineChangeReason.required"));
      assertThat(codes(overdue, moved(overdue, "   "), ADMIN))
          .containsExactly("task.deadlineChangeReason.required");
      assertThat(codes(overdue, moved(overdue, "Chờ ý kiến Thường trực"), LEADER)).isEmpty();
      assertThat(codes(overdue, moved(overdue, "Chờ ý kiến Thường trực"), ADMIN)).isEmpty();
    }

    @Test
    void aTaskDueTodayOrLaterIsNotOverdue() {
      Task dueToday = existing(TODAY, TaskStatus.IN_PROGRESS);
      assertThat(codes(dueToday, moved(dueToday, null), STAFF)).isEmpty();
      Task dueTomorrow = existing(TODAY.plusDays(1), TaskStatus.NOT_STARTED);
      assertThat(codes(dueTomorrow, moved(dueTomorrow, null), STAFF)).isEmpty();
    }

    @Test
    void onlyNotDoneTasksAreOverdue() {
      Task done = existing(TODAY.minusDays(1), TaskStatus.DONE);
      ReflectionTestUtils.setField(done, "completedOn", TODAY.minusDays(2));
      Draft d = moved(done, null);
      d.status = TaskStatus.DONE;
      d.completedOn = TODAY.minusDays(2);
      d.resultNote = "Xong";
      assertThat(codes(done, d, STAFF)).isEmpty();
      Task cancelled = existing(TODAY.minusDays(1), TaskStatus.CANCELLED);
      Draft c = moved(cancelled, null);
      assertThat(codes(cancelled, c, STAFF)).isEmpty();
    }

    @Test
    void anOverdueTaskKeepingItsDeadlineNeedsNothing() {
      Task overdue = existing(TODAY.minusDays(1), TaskStatus.IN_PROGRESS);
      Draft d = draft();
      d.deadline = overdue.getDeadline();
      d.status = TaskStatus.IN_PROGRESS;
      d.progress = 50;
      assertThat(codes(overdue, d, STAFF)).isEmpty();
    }
  }

  @Nested
  class D6Completion {

    Draft done(LocalDate completedOn) {
      Draft d = draft();
      d.status = TaskStatus.DONE;
      d.progress = 100;
      d.completedOn = completedOn;
      d.resultNote = "Đã ban hành kế hoạch";
      return d;
    }

    @Test
    void completionIsNotInTheFuture() {
      assertThat(codes(null, done(TODAY.minusDays(1)), STAFF)).isEmpty();
      assertThat(codes(null, done(TODAY), STAFF)).isEmpty();
      assertThat(codes(null, done(TODAY.plusDays(1)), STAFF))
          .containsExactly("task.completedOn.inFuture");
    }

    @Test
    void completionIsNotBeforeTheStart() {
      LocalDate start = LocalDate.of(2019, 7, 10);
      Draft dayBefore = done(start.minusDays(1));
      dayBefore.start = start;
      Draft dayOf = done(start);
      dayOf.start = start;
      Draft dayAfter = done(start.plusDays(1));
      dayAfter.start = start;
      assertThat(codes(null, dayBefore, STAFF)).containsExactly("task.completedOn.beforeStart");
      assertThat(codes(null, dayOf, STAFF)).isEmpty();
      assertThat(codes(null, dayAfter, STAFF)).isEmpty();
    }

    @Test
    void completionNeedsADateAndAResult() {
      Draft noDate = done(null);
      assertThat(violations(null, noDate, STAFF))
          .extracting(RuleViolation::field)
          .containsExactly("completedOn");
      Draft noResult = done(TODAY);
      noResult.resultNote = " ";
      assertThat(violations(null, noResult, STAFF))
          .extracting(RuleViolation::field, RuleViolation::code)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("resultNote", "task.resultNote.required"));
    }

    @Test
    void notDoneTasksNeedNeither() {
      Draft d = draft();
      d.status = TaskStatus.IN_PROGRESS;
      assertThat(codes(null, d, STAFF)).isEmpty();
    }
  }

  @Nested
  class DepartmentsProgressAndClearance {

    @Test
    void theLeadNeverCooperates() {
      Draft d = draft();
      d.cooperating.add(other);
      assertThat(codes(null, d, STAFF)).isEmpty();
      d.cooperating.add(lead);
      assertThat(violations(null, d, STAFF))
          .extracting(RuleViolation::field, RuleViolation::code)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "cooperatingDepartments", "task.cooperatingDepartments.includesLead"));
    }

    @Test
    void inactiveDepartmentsGetNoNewTasksButKeepTheirs() {
      ReflectionTestUtils.setField(other, "active", false);
      Draft newLead = draft();
      newLead.leadDepartment = other;
      assertThat(codes(null, newLead, ADMIN)).containsExactly("task.leadDepartment.inactive");
      Draft newCooperation = draft();
      newCooperation.cooperating.add(other);
      assertThat(codes(null, newCooperation, ADMIN))
          .containsExactly("task.cooperatingDepartments.inactive");

      Task kept = existing(LocalDate.of(2019, 8, 10), TaskStatus.NOT_STARTED);
      ReflectionTestUtils.setField(kept, "leadDepartment", other);
      kept.getCooperatingDepartments().add(lead);
      Draft unchanged = draft();
      unchanged.leadDepartment = other;
      unchanged.cooperating.add(lead);
      assertThat(codes(kept, unchanged, ADMIN)).isEmpty();
    }

    @Test
    void progressIsAPercentage() {
      for (int p : new int[] {-1, 0, 100, 101}) {
        Draft d = draft();
        d.progress = p;
        assertThat(codes(null, d, STAFF))
            .as("progress %d", p)
            .isEqualTo(p < 0 || p > 100 ? List.of("task.progress.range") : List.of());
      }
    }

    @Test
    void nobodyClassifiesATaskAboveTheirClearance() {
      Draft d = draft();
      d.confidentiality = Clearance.CONFIDENTIAL;
      assertThat(codes(null, d, STAFF)).containsExactly("task.confidentiality.aboveClearance");
      d.confidentiality = Clearance.SECRET;
      assertThat(codes(null, d, LEADER)).isEmpty();
      d.confidentiality = Clearance.TOP_SECRET;
      assertThat(codes(null, d, LEADER)).containsExactly("task.confidentiality.aboveClearance");
    }

    @Test
    void aMilestoneOfAnotherCongressIsRefused() {
      Congress another =
          new Congress("Khác", "2020–2025", CongressLevel.DISTRICT, null, null, OPENING, CLOSING);
      Milestone foreign =
          new Milestone(
              another,
              "Mốc khác",
              null,
              LocalDate.of(2019, 9, 1),
              DeliverableKind.OTHER,
              null,
              lead);
      Draft d = draft();
      d.linked = foreign;
      assertThat(codes(null, d, ADMIN)).containsExactly("task.milestone.otherCongress");
    }
  }
}
