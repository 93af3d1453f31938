package vn.congressplanner.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSourceResolvable;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.support.IntegrationTest;
import vn.congressplanner.system.ConflictException;
import vn.congressplanner.system.ForbiddenException;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.task.TaskStatus;

/**
 * The milestone workflow and its rules against PostgreSQL with "today" pinned to 2019-07-15. Each
 * test makes its own milestone; each refusal proves the row and its history unchanged.
 */
@IntegrationTest
class MilestoneServiceTests {

  static final LocalDate TODAY = LocalDate.of(2019, 7, 15);

  @Autowired MilestoneService service;
  @Autowired ApplicationContext context;

  MilestoneFixtures data;
  Actor admin;
  Actor leader;
  Actor staff; // tuyengiao, Ban Tuyên giáo (TGTU)
  Actor otherStaff; // congan, Công an tỉnh

  @BeforeEach
  void setUp() {
    data = MilestoneFixtures.from(context);
    admin = data.actor("admin");
    leader = data.actor("lanhdao");
    staff = data.actor("tuyengiao");
    otherStaff = data.actor("congan");
  }

  // --- D7: late submission ---

  @ParameterizedTest(name = "due {0}, submitted 2019-07-15: late = {1}")
  @CsvSource({"2019-07-16, false", "2019-07-15, false", "2019-07-14, true"})
  void submittingOnOrBeforeTheDueDateIsOnTimeTheDayAfterIsLate(LocalDate due, boolean late) {
    Milestone m = data.milestone(MilestoneFixtures.unique("D7 edge"), due);

    Milestone submitted = service.submit(m.getId(), "Dự thảo lần 1", "Chờ số liệu", staff);

    assertThat(submitted.getStatus()).isEqualTo(MilestoneStatus.SUBMITTED);
    assertThat(submitted.isLate()).isEqualTo(late);
    assertThat(submitted.getLateReason()).isEqualTo(late ? "Chờ số liệu" : null);
    assertThat(submitted.getSubmittedBy()).isEqualTo("tuyengiao");
    assertThat(submitted.getSubmissionNote()).isEqualTo("Dự thảo lần 1");
  }

  @Test
  void aLateSubmissionWithoutReasonIsRefusedAndChangesNothing() {
    Milestone m = data.milestone(MilestoneFixtures.unique("D7 blank"), TODAY.minusDays(1));
    Map<String, Object> before = data.snapshot(m.getId());

    assertThatThrownBy(() -> service.submit(m.getId(), "Ghi chú", "   ", staff))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.violations()).hasSize(1);
              RuleViolation v = e.violations().get(0);
              assertThat(v.field()).isEqualTo("lateReason");
              assertThat(v.code()).isEqualTo("milestone.lateReason.required");
              assertThat(v.args()).containsExactly("14/07/2019", 1L);
            });
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  @Test
  void lateStaysLateAfterReturnDateExtensionAndOnTimeResubmission() {
    Milestone m = data.milestone(MilestoneFixtures.unique("D7 for good"), TODAY.minusDays(5));
    service.submit(m.getId(), null, "Chờ ý kiến các ban", staff);
    service.returnForRework(m.getId(), "Bổ sung phần kinh phí", leader);
    Milestone returned = data.reload(m.getId());
    assertThat(returned.getStatus()).isEqualTo(MilestoneStatus.RETURNED);
    assertThat(returned.isLate()).isTrue();

    // A leader extends the due date, so that resubmitting is on time: still late for good.
    service.update(m.getId(), fields(returned, TODAY.plusDays(10), "Gia hạn để bổ sung"), leader);
    Milestone resubmitted = service.submit(m.getId(), "Đã bổ sung", null, staff);

    assertThat(resubmitted.getStatus()).isEqualTo(MilestoneStatus.SUBMITTED);
    assertThat(resubmitted.isLate()).isTrue();
    assertThat(resubmitted.getLateReason()).isEqualTo("Chờ ý kiến các ban");
  }

  @Test
  void aLateResubmissionNeedsAReasonAgain() {
    Milestone m = data.milestone(MilestoneFixtures.unique("D7 again"), TODAY.minusDays(2));
    service.submit(m.getId(), null, "Lý do lần 1", staff);
    service.returnForRework(m.getId(), "Sửa lại", leader);
    Map<String, Object> before = data.snapshot(m.getId());

    assertThatThrownBy(() -> service.submit(m.getId(), "Lần 2", null, staff))
        .isInstanceOf(RuleViolationException.class);
    assertThat(data.snapshot(m.getId())).isEqualTo(before);

    Milestone again = service.submit(m.getId(), "Lần 2", "Lý do lần 2", staff);
    assertThat(again.getLateReason()).isEqualTo("Lý do lần 2");
  }

  @Test
  void submittingTwiceIsRefusedAndChangesNothing() {
    Milestone m = data.milestone(MilestoneFixtures.unique("D7 twice"), TODAY.plusDays(3));
    service.submit(m.getId(), null, null, staff);
    Map<String, Object> before = data.snapshot(m.getId());

    assertThatThrownBy(() -> service.submit(m.getId(), null, null, staff))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              RuleViolation v = e.violations().get(0);
              assertThat(v.field()).isNull();
              assertThat(v.code()).isEqualTo("milestone.submit.notAllowed");
              assertThat(((MessageSourceResolvable) v.args().get(0)).getCodes())
                  .containsExactly("milestoneStatus.SUBMITTED");
            });
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  // --- who may act ---

  @Test
  void staffOfAnotherDepartmentCannotSubmit() {
    Milestone m = data.milestone(MilestoneFixtures.unique("Role submit"), TODAY.plusDays(3));
    Map<String, Object> before = data.snapshot(m.getId());

    assertThatThrownBy(() -> service.submit(m.getId(), null, null, otherStaff))
        .isInstanceOf(ForbiddenException.class);
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  @Test
  void leadersAndAdminsSubmitForAnyDepartment() {
    Milestone a = data.milestone(MilestoneFixtures.unique("Leader submit"), TODAY, "CAT");
    Milestone b = data.milestone(MilestoneFixtures.unique("Admin submit"), TODAY, "CAT");

    assertThat(service.submit(a.getId(), null, null, leader).getStatus())
        .isEqualTo(MilestoneStatus.SUBMITTED);
    assertThat(service.submit(b.getId(), null, null, admin).getStatus())
        .isEqualTo(MilestoneStatus.SUBMITTED);
  }

  @Test
  void staffCannotApproveOrReturnEvenTheirOwnDepartmentsMilestone() {
    Milestone m = data.milestone(MilestoneFixtures.unique("Role review"), TODAY.plusDays(3));
    service.submit(m.getId(), null, null, staff);
    Map<String, Object> before = data.snapshot(m.getId());

    assertThatThrownBy(() -> service.approve(m.getId(), "Đồng ý", staff))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> service.returnForRework(m.getId(), "Sửa lại", staff))
        .isInstanceOf(ForbiddenException.class);
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  @Test
  void returningWithoutCommentIsRefusedAndChangesNothing() {
    Milestone m = data.milestone(MilestoneFixtures.unique("Return blank"), TODAY.plusDays(3));
    service.submit(m.getId(), null, null, staff);
    Map<String, Object> before = data.snapshot(m.getId());

    assertThatThrownBy(() -> service.returnForRework(m.getId(), " \n ", leader))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(new RuleViolation("comment", "milestone.comment.required")));
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  @Test
  void onlyASubmittedMilestoneCanBeApprovedOrReturned() {
    Milestone m = data.milestone(MilestoneFixtures.unique("Review open"), TODAY.plusDays(3));
    Map<String, Object> before = data.snapshot(m.getId());

    assertThatThrownBy(() -> service.approve(m.getId(), null, leader))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations().get(0).code()).isEqualTo("milestone.approve.notAllowed"));
    assertThatThrownBy(() -> service.returnForRework(m.getId(), "Sửa", leader))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.violations().get(0).code()).isEqualTo("milestone.return.notAllowed"));
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  @Test
  void theWholeCycleLeavesAReadableTimeline() {
    Milestone m = data.milestone(MilestoneFixtures.unique("Cycle"), TODAY.minusDays(1));
    service.submit(m.getId(), "Bản dự thảo", "Chờ góp ý", staff);
    service.returnForRework(m.getId(), "Bổ sung chỉ tiêu", leader);
    service.submit(m.getId(), "Đã bổ sung", "Vẫn chờ góp ý", staff);
    Milestone approved = service.approve(m.getId(), null, admin);

    assertThat(approved.getStatus()).isEqualTo(MilestoneStatus.APPROVED);
    assertThat(approved.getApprovedBy()).isEqualTo("admin");
    assertThat(approved.getApprovedAt()).isNotNull();
    assertThat(approved.getReviewerComment()).isNull();

    MilestoneService.Detail detail = service.detail(m.getId(), leader);
    List<MilestoneService.TimelineStep> steps = detail.timeline();
    assertThat(steps).hasSize(4); // created by the fixture without history: four steps
    assertThat(steps)
        .extracting(MilestoneService.TimelineStep::newStatus)
        .containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED");
    assertThat(steps)
        .extracting(MilestoneService.TimelineStep::actorName)
        .containsExactly(
            "Trần Thị Hương", "Nguyễn Văn Thành", "Trần Thị Hương", "Quản trị hệ thống");
    assertThat(steps)
        .extracting(MilestoneService.TimelineStep::reason)
        .containsExactly("Bản dự thảo", "Bổ sung chỉ tiêu", "Đã bổ sung", null);
    assertThat(steps.get(0).changes())
        .extracting(MilestoneService.TimelineChange::field)
        .containsExactly("status", "late", "lateReason");
    assertThat(steps.get(2).changes())
        .extracting(MilestoneService.TimelineChange::field)
        .containsExactly("status", "lateReason"); // already late: the flag does not change again
    assertThat(detail.reviews())
        .extracting(MilestoneService.TimelineStep::reason)
        .containsExactly("Bổ sung chỉ tiêu");
  }

  // --- create and edit (D8) ---

  @Test
  void createRecordsEveryFieldInTheHistory() {
    String title = MilestoneFixtures.unique("Tạo mốc");
    Milestone m =
        service.create(
            new MilestoneService.Fields(
                "  " + title + " ",
                null,
                DeliverableKind.REPORT,
                LocalDate.of(2019, 12, 31),
                "Thường trực Tỉnh ủy",
                data.department("VPTU").getId(),
                null,
                null),
            admin);

    assertThat(m.getTitle()).isEqualTo(title);
    assertThat(m.getWorkstream()).isNull();
    assertThat(m.getStatus()).isEqualTo(MilestoneStatus.OPEN);
    assertThat(m.getCongress().getId()).isNotNull();
    MilestoneService.TimelineStep created = service.detail(m.getId(), admin).timeline().get(0);
    assertThat(created.created()).isTrue();
    assertThat(created.actorName()).isEqualTo("Quản trị hệ thống");
  }

  @Test
  void staffCannotCreateOrEdit() {
    Milestone m = data.milestone(MilestoneFixtures.unique("Staff edit"), TODAY.plusDays(20));
    Map<String, Object> before = data.snapshot(m.getId());

    assertThatThrownBy(
            () -> service.update(m.getId(), fields(m, TODAY.plusDays(30), "Lý do"), staff))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> service.create(fields(m, TODAY, null), staff))
        .isInstanceOf(ForbiddenException.class);
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  @Test
  void aDateBeforeALinkedTaskDeadlineIsRefusedNamingTheTask() {
    Milestone m = data.milestone(MilestoneFixtures.unique("D8 before"), LocalDate.of(2019, 8, 30));
    String late = MilestoneFixtures.unique("Nhiệm vụ hạn 20/8");
    data.linkedTask(m, late, LocalDate.of(2019, 8, 20));
    data.linkedTask(m, MilestoneFixtures.unique("Nhiệm vụ hạn 10/8"), LocalDate.of(2019, 8, 10));
    Map<String, Object> before = data.snapshot(m.getId());

    assertThatThrownBy(
            () ->
                service.update(m.getId(), fields(m, LocalDate.of(2019, 8, 19), "Đẩy sớm"), leader))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new RuleViolation(
                            "dueDate",
                            "milestone.dueDate.beforeLinkedTasks",
                            "19/08/2019",
                            1L,
                            "“" + late + "”")));
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  @Test
  void aDateEqualToTheLatestLinkedDeadlineIsAllowedAndRecordedWithItsReason() {
    Milestone m = data.milestone(MilestoneFixtures.unique("D8 equal"), LocalDate.of(2019, 8, 30));
    data.linkedTask(m, MilestoneFixtures.unique("Nhiệm vụ"), LocalDate.of(2019, 8, 20));

    Milestone moved =
        service.update(m.getId(), fields(m, LocalDate.of(2019, 8, 20), "Theo chỉ đạo"), leader);

    assertThat(moved.getDueDate()).isEqualTo(LocalDate.of(2019, 8, 20));
    MilestoneService.TimelineStep step = service.detail(m.getId(), leader).timeline().get(0);
    assertThat(step.reason()).isEqualTo("Theo chỉ đạo");
    assertThat(step.changes())
        .containsExactly(
            new MilestoneService.TimelineChange(
                "dueDate", LocalDate.of(2019, 8, 30), LocalDate.of(2019, 8, 20)));
  }

  @Test
  void aDateChangeWithoutReasonIsRefused() {
    Milestone m = data.milestone(MilestoneFixtures.unique("D8 reason"), LocalDate.of(2019, 8, 30));
    Map<String, Object> before = data.snapshot(m.getId());

    assertThatThrownBy(
            () -> service.update(m.getId(), fields(m, LocalDate.of(2019, 9, 30), " "), admin))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new RuleViolation("changeReason", "milestone.changeReason.required")));
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  @Test
  void otherFieldsChangeWithoutReason() {
    Milestone m = data.milestone(MilestoneFixtures.unique("D8 other"), LocalDate.of(2019, 8, 30));
    MilestoneService.Fields f =
        new MilestoneService.Fields(
            m.getTitle() + " (sửa)",
            Workstream.SERVICE,
            DeliverableKind.OTHER,
            m.getDueDate(),
            null,
            data.department("VPTU").getId(),
            null,
            m.getVersion());

    Milestone updated = service.update(m.getId(), f, leader);

    assertThat(updated.getWorkstream()).isEqualTo(Workstream.SERVICE);
    assertThat(updated.getSubmitTo()).isNull();
    assertThat(service.detail(m.getId(), leader).timeline().get(0).changes())
        .extracting(MilestoneService.TimelineChange::field)
        .containsExactly("title", "workstream", "kind", "submitTo", "responsibleDepartment");
  }

  @Test
  void classifiedTasksBlockTheDateButAreNotNamedToThoseWithoutClearance() {
    Milestone m = data.milestone(MilestoneFixtures.unique("D8 secret"), LocalDate.of(2019, 8, 30));
    String secret = MilestoneFixtures.unique("Nhiệm vụ tuyệt mật");
    data.linkedTask(
        m, secret, LocalDate.of(2019, 8, 25), TaskStatus.IN_PROGRESS, Clearance.TOP_SECRET);
    MilestoneService.Fields f = fields(m, LocalDate.of(2019, 8, 24), "Đẩy sớm");

    // lanhdao has SECRET clearance: the move is refused, but the task is neither named nor counted
    // (issue 11 §5: a task above the reader's clearance is absent from counts).
    assertThatThrownBy(() -> service.update(m.getId(), f, leader))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new RuleViolation(
                            "dueDate",
                            "milestone.dueDate.beforeLinkedTasks.withheld",
                            "24/08/2019")));
    // admin has TOP_SECRET clearance: named.
    assertThatThrownBy(() -> service.update(m.getId(), f, admin))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> assertThat(e.violations().get(0).args()).contains("“" + secret + "”"));
  }

  @Test
  void aHiddenBlockingTaskIsNotCountedNextToAVisibleOne() {
    Milestone m = data.milestone(MilestoneFixtures.unique("D8 mixed"), LocalDate.of(2019, 8, 30));
    String visible = MilestoneFixtures.unique("Việc thường");
    data.linkedTask(m, visible, LocalDate.of(2019, 8, 26));
    data.linkedTask(
        m,
        MilestoneFixtures.unique("Việc tuyệt mật"),
        LocalDate.of(2019, 8, 25),
        TaskStatus.IN_PROGRESS,
        Clearance.TOP_SECRET);
    MilestoneService.Fields f = fields(m, LocalDate.of(2019, 8, 24), "Đẩy sớm");
    long versionBefore = service.get(m.getId()).getVersion();

    // Before the fix: "1 nhiệm vụ … “Việc thường” và 1 nhiệm vụ khác" told the leader the secret
    // task exists. Now only the visible task is named and counted.
    assertThatThrownBy(() -> service.update(m.getId(), f, leader))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new RuleViolation(
                            "dueDate",
                            "milestone.dueDate.beforeLinkedTasks",
                            "24/08/2019",
                            1L,
                            "“" + visible + "”")));
    assertThat(service.get(m.getId()).getDueDate()).isEqualTo(LocalDate.of(2019, 8, 30));
    assertThat(service.get(m.getId()).getVersion()).isEqualTo(versionBefore);
  }

  @Test
  void manyBlockingTasksAreListedUpToTenAndCounted() {
    Milestone m = data.milestone(MilestoneFixtures.unique("D8 many"), LocalDate.of(2019, 8, 30));
    for (int i = 1; i <= 12; i++) {
      data.linkedTask(m, MilestoneFixtures.unique("Việc " + i), LocalDate.of(2019, 8, 10 + i));
    }

    assertThatThrownBy(
            () -> service.update(m.getId(), fields(m, LocalDate.of(2019, 8, 1), "Sớm"), leader))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              RuleViolation v = e.violations().get(0);
              assertThat(v.code()).isEqualTo("milestone.dueDate.beforeLinkedTasks.more");
              assertThat(v.args().get(1)).isEqualTo(12L);
              assertThat(((String) v.args().get(2)).split("; ")).hasSize(10);
              assertThat(v.args().get(3)).isEqualTo(2L);
            });
  }

  @Test
  void aStaleVersionIsAConflictAndChangesNothing() {
    Milestone m = data.milestone(MilestoneFixtures.unique("Conflict"), LocalDate.of(2019, 8, 30));
    service.update(m.getId(), fields(m, m.getDueDate(), null, "Tên mới"), leader);
    Map<String, Object> before = data.snapshot(m.getId());

    // m still carries the version read before the first update.
    assertThatThrownBy(
            () -> service.update(m.getId(), fields(m, m.getDueDate(), null, "Tên khác"), admin))
        .isInstanceOf(ConflictException.class);
    assertThat(data.snapshot(m.getId())).isEqualTo(before);
  }

  @Test
  void listCountsLinkedTasksDoneAndTotalWithoutCancelledOrHiddenOnes() {
    Milestone m = data.milestone(MilestoneFixtures.unique("Counts"), LocalDate.of(2019, 8, 30));
    data.linkedTask(
        m,
        MilestoneFixtures.unique("Xong"),
        LocalDate.of(2019, 7, 10),
        TaskStatus.DONE,
        Clearance.NORMAL);
    data.linkedTask(m, MilestoneFixtures.unique("Đang làm"), LocalDate.of(2019, 8, 10));
    data.linkedTask(
        m,
        MilestoneFixtures.unique("Hủy"),
        LocalDate.of(2019, 8, 10),
        TaskStatus.CANCELLED,
        Clearance.NORMAL);
    data.linkedTask(
        m,
        MilestoneFixtures.unique("Mật"),
        LocalDate.of(2019, 8, 10),
        TaskStatus.DONE,
        Clearance.SECRET);

    MilestoneService.Overview forStaff = row(service.overview(staff), m);
    MilestoneService.Overview forAdmin = row(service.overview(admin), m);

    assertThat(forStaff.tasksDone()).isEqualTo(1);
    assertThat(forStaff.tasksTotal()).isEqualTo(2);
    assertThat(forAdmin.tasksDone()).isEqualTo(2);
    assertThat(forAdmin.tasksTotal()).isEqualTo(3);
    assertThat(forAdmin.daysLeft()).isEqualTo(46);
    assertThat(forAdmin.overdue()).isFalse();
  }

  private static MilestoneService.Overview row(List<MilestoneService.Overview> rows, Milestone m) {
    return rows.stream()
        .filter(r -> r.milestone().getId().equals(m.getId()))
        .findFirst()
        .orElseThrow();
  }

  private MilestoneService.Fields fields(Milestone m, LocalDate due, String reason) {
    return fields(m, due, reason, m.getTitle());
  }

  private MilestoneService.Fields fields(Milestone m, LocalDate due, String reason, String title) {
    return new MilestoneService.Fields(
        title,
        m.getWorkstream(),
        m.getKind(),
        due,
        m.getSubmitTo(),
        m.getResponsibleDepartment().getId(),
        reason,
        m.getVersion());
  }
}
