package vn.congressplanner.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.util.ReflectionTestUtils;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.account.Role;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressLevel;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentKind;
import vn.congressplanner.system.RuleViolation;

/** D7 and D8 and the workflow's access rules at their edges, with a fixed clock. */
class MilestoneRulesTests {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  static final LocalDate DUE = LocalDate.of(2019, 7, 30);

  final Department tuyenGiao = department(2L, "Ban Tuyên giáo Tỉnh ủy", "TGTU");
  final Actor staff = new Actor(3L, "tuyengiao", "Cán bộ", Role.STAFF, 2L, Clearance.NORMAL);
  final Actor otherStaff = new Actor(4L, "congan", "Cán bộ", Role.STAFF, 6L, Clearance.SECRET);
  final Actor leader = new Actor(2L, "lanhdao", "Lãnh đạo", Role.LEADER, 1L, Clearance.SECRET);
  final Actor admin = new Actor(1L, "admin", "Quản trị", Role.ADMIN, 1L, Clearance.TOP_SECRET);

  static LocalDate today(String isoDay) {
    // The same conversion the application makes: the clock's instant in the congress zone.
    Clock fixed =
        Clock.fixed(LocalDate.parse(isoDay).atTime(23, 59).atZone(ZONE).toInstant(), ZONE);
    return LocalDate.now(fixed);
  }

  @Test
  void submittingTheDayBeforeOrOnTheDueDateIsOnTimeTheDayAfterIsLate() {
    assertThat(MilestoneRules.isLate(DUE, today("2019-07-29"))).isFalse();
    assertThat(MilestoneRules.isLate(DUE, today("2019-07-30"))).isFalse();
    assertThat(MilestoneRules.isLate(DUE, today("2019-07-31"))).isTrue();
  }

  @Test
  void aLateReasonIsRequiredOnlyWhenLate() {
    Milestone m = milestone(MilestoneStatus.OPEN);
    assertThat(MilestoneRules.checkSubmit(m, today("2019-07-30"), null)).isEmpty();
    assertThat(MilestoneRules.checkSubmit(m, today("2019-07-31"), null))
        .containsExactly(
            new RuleViolation("lateReason", "milestone.lateReason.required", "30/07/2019", 1L));
    assertThat(MilestoneRules.checkSubmit(m, today("2019-07-31"), "Chờ ý kiến")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = MilestoneStatus.class,
      names = {"OPEN", "RETURNED"})
  void openAndReturnedMilestonesCanBeSubmitted(MilestoneStatus status) {
    assertThat(MilestoneRules.checkSubmit(milestone(status), today("2019-07-01"), null)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = MilestoneStatus.class,
      names = {"SUBMITTED", "APPROVED"})
  void submittedAndApprovedMilestonesCannotBeSubmitted(MilestoneStatus status) {
    List<RuleViolation> v =
        MilestoneRules.checkSubmit(milestone(status), today("2019-07-01"), null);
    assertThat(v).hasSize(1);
    assertThat(v.get(0).field()).isNull();
    assertThat(v.get(0).code()).isEqualTo("milestone.submit.notAllowed");
  }

  @ParameterizedTest
  @EnumSource(
      value = MilestoneStatus.class,
      names = {"OPEN", "RETURNED", "APPROVED"})
  void onlySubmittedMilestonesCanBeReviewed(MilestoneStatus status) {
    assertThat(MilestoneRules.checkReview(milestone(status), false, "ok"))
        .extracting(RuleViolation::code)
        .containsExactly("milestone.approve.notAllowed");
    assertThat(MilestoneRules.checkReview(milestone(status), true, "ok"))
        .extracting(RuleViolation::code)
        .containsExactly("milestone.return.notAllowed");
  }

  @Test
  void returningNeedsACommentApprovingDoesNot() {
    Milestone m = milestone(MilestoneStatus.SUBMITTED);
    assertThat(MilestoneRules.checkReview(m, false, null)).isEmpty();
    assertThat(MilestoneRules.checkReview(m, true, null))
        .containsExactly(new RuleViolation("comment", "milestone.comment.required"));
    assertThat(MilestoneRules.checkReview(m, true, "Bổ sung")).isEmpty();
  }

  @Test
  void aDateChangeNeedsAReasonAndNoLaterLinkedTask() {
    BlockingTasks none = new BlockingTasks(0, List.of());
    BlockingTasks one = new BlockingTasks(1, List.of("Việc A"));
    LocalDate newDate = LocalDate.of(2019, 8, 15);

    assertThat(MilestoneRules.checkDateChange(newDate, "Lý do", none)).isEmpty();
    assertThat(MilestoneRules.checkDateChange(newDate, null, none))
        .containsExactly(new RuleViolation("changeReason", "milestone.changeReason.required"));
    assertThat(MilestoneRules.checkDateChange(newDate, "Lý do", one))
        .containsExactly(
            new RuleViolation(
                "dueDate", "milestone.dueDate.beforeLinkedTasks", "15/08/2019", 1L, "“Việc A”"));
  }

  @Test
  void whoMayDoWhat() {
    Milestone m = milestone(MilestoneStatus.OPEN);
    assertThat(MilestoneRules.maySubmit(m, staff)).isTrue();
    assertThat(MilestoneRules.maySubmit(m, otherStaff)).isFalse();
    assertThat(MilestoneRules.maySubmit(m, leader)).isTrue();
    assertThat(MilestoneRules.maySubmit(m, admin)).isTrue();
    assertThat(MilestoneRules.mayManage(staff)).isFalse();
    assertThat(MilestoneRules.mayManage(leader)).isTrue();
    assertThat(MilestoneRules.mayManage(admin)).isTrue();
    assertThat(MilestoneRules.mayManage(null)).isFalse();
  }

  @Test
  void blockingTasksNameOnlyWhatTheReaderMaySee() {
    List<TaskRef> refs =
        List.of(
            ref("Công khai", Clearance.NORMAL),
            ref("Mật", Clearance.CONFIDENTIAL),
            ref("Tuyệt mật", Clearance.TOP_SECRET));

    BlockingTasks forNormal = BlockingTasks.of(refs, 3, Clearance.NORMAL);
    assertThat(forNormal.titles()).containsExactly("Công khai");
    assertThat(forNormal.violation("dueDate", "k", "x"))
        .isEqualTo(new RuleViolation("dueDate", "k.more", "x", 3L, "“Công khai”", 2L));

    BlockingTasks forTopSecret = BlockingTasks.of(refs, 3, Clearance.TOP_SECRET);
    assertThat(forTopSecret.violation("dueDate", "k", "x"))
        .isEqualTo(new RuleViolation("dueDate", "k", "x", 3L, "“Công khai”; “Mật”; “Tuyệt mật”"));

    assertThat(BlockingTasks.of(refs.subList(2, 3), 1, Clearance.SECRET).violation("f", "k", "x"))
        .isEqualTo(new RuleViolation("f", "k.unlisted", "x", 1L));
  }

  /** Issue 11 §5 (D8): a task above the reader's clearance is not counted, only mentioned. */
  @Test
  void visibleOnlyCountsWhatTheReaderMaySeeAndMentionsTheRestOnlyWhenAllowed() {
    List<TaskRef> refs =
        List.of(ref("Công khai", Clearance.NORMAL), ref("Tuyệt mật", Clearance.TOP_SECRET));

    BlockingTasks leader = BlockingTasks.visibleOnly(refs, Clearance.SECRET, false);
    assertThat(leader.violations("dueDate", "k", "x"))
        .containsExactly(new RuleViolation("dueDate", "k", "x", 1L, "“Công khai”"));

    BlockingTasks admin = BlockingTasks.visibleOnly(refs, Clearance.SECRET, true);
    assertThat(admin.violations("dueDate", "k", "x"))
        .containsExactly(
            new RuleViolation("dueDate", "k", "x", 1L, "“Công khai”"),
            new RuleViolation("dueDate", "k.hiddenToo"));

    List<TaskRef> hiddenOnly = refs.subList(1, 2);
    assertThat(
            BlockingTasks.visibleOnly(hiddenOnly, Clearance.SECRET, false)
                .violations("f", "k", "x"))
        .containsExactly(new RuleViolation("f", "k.withheld", "x"));
    assertThat(
            BlockingTasks.visibleOnly(hiddenOnly, Clearance.SECRET, true).violations("f", "k", "x"))
        .containsExactly(new RuleViolation("f", "k.hidden", "x"));
    assertThat(BlockingTasks.visibleOnly(List.of(), Clearance.SECRET, true).blocks()).isFalse();
    assertThat(MilestoneRules.checkDateChange(LocalDate.of(2019, 8, 15), "Lý do", leader))
        .extracting(RuleViolation::code)
        .containsExactly("milestone.dueDate.beforeLinkedTasks");
  }

  private Milestone milestone(MilestoneStatus status) {
    Congress congress =
        new Congress(
            "Đại hội",
            "2020–2025",
            CongressLevel.PROVINCE,
            null,
            null,
            LocalDate.of(2020, 9, 23),
            LocalDate.of(2020, 9, 24));
    Milestone m =
        new Milestone(
            congress,
            "Kế hoạch",
            Workstream.PROPAGANDA,
            DUE,
            DeliverableKind.PLAN,
            null,
            tuyenGiao);
    ReflectionTestUtils.setField(m, "status", status);
    return m;
  }

  private static Department department(long id, String name, String code) {
    Department d = new Department(name, code, DepartmentKind.PARTY_BOARD);
    org.springframework.test.util.ReflectionTestUtils.setField(d, "id", id);
    return d;
  }

  private static TaskRef ref(String title, Clearance level) {
    return new TaskRef() {
      public Long getId() {
        return 1L;
      }

      public String getTitle() {
        return title;
      }

      public LocalDate getDeadline() {
        return DUE;
      }

      public Clearance getConfidentiality() {
        return level;
      }
    };
  }
}
