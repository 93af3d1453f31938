package vn.congressplanner.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.ReflectionTestUtils;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentKind;
import vn.congressplanner.department.internal.DepartmentRepository;
import vn.congressplanner.history.HistoryEntry;
import vn.congressplanner.history.HistoryService;
import vn.congressplanner.milestone.DeliverableKind;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.milestone.MilestoneStatus;
import vn.congressplanner.milestone.internal.MilestoneRepository;
import vn.congressplanner.support.IntegrationTest;
import vn.congressplanner.system.ConflictException;
import vn.congressplanner.system.ForbiddenException;
import vn.congressplanner.system.NotFoundException;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.task.TaskFixtures.Command;
import vn.congressplanner.task.internal.TaskRepository;

/**
 * The task service on real PostgreSQL with the demo data, "today" 15/07/2019. The tests work on
 * tasks of their own in a database of their own ({@code planner.test.database=tasks}), and every
 * refusal is checked against a snapshot of the database.
 */
@IntegrationTest
@TestPropertySource(properties = "planner.test.database=tasks")
class TaskServiceTests {

  static final LocalDate TODAY = LocalDate.of(2019, 7, 15);

  @Autowired TaskService service;
  @Autowired TaskRepository tasks;
  @Autowired MilestoneRepository milestones;
  @Autowired DepartmentRepository departments;
  @Autowired CongressService congresses;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;

  TaskFixtures f;

  @BeforeEach
  void fixtures() {
    f = new TaskFixtures(departments, jdbc);
  }

  Task create(Command command, Actor actor) {
    return service.create(command.build(), actor);
  }

  Task createOwn(String lead) {
    return create(f.command("Nhiệm vụ kiểm thử " + TaskFixtures.token(), lead), f.admin());
  }

  Command edit(long id) {
    return Command.of(service.get(id, f.admin()));
  }

  List<String> codes(RuleViolationException e) {
    return e.violations().stream().map(RuleViolation::code).toList();
  }

  // ---------------------------------------------------------------- create and update

  @Test
  void staffCreatesATaskOfTheirDepartmentAndTheHistorySaysSo() {
    Command c = f.command("Tuyên truyền kiểm thử " + TaskFixtures.token(), "TGTU");
    c.cooperating.add(f.departmentId("BYB"));
    c.start = LocalDate.of(2019, 7, 20);
    Task task = create(c, f.tuyengiao());

    Task stored = service.get(task.getId(), f.tuyengiao());
    assertThat(stored.getTitle()).isEqualTo(c.title);
    assertThat(stored.getLeadDepartment().getCode()).isEqualTo("TGTU");
    assertThat(stored.getCooperatingDepartments())
        .extracting(Department::getCode)
        .containsExactly("BYB");
    assertThat(stored.getCreatedBy()).isEqualTo("tuyengiao");
    assertThat(stored.getCongress().getId()).isEqualTo(congresses.current().getId());
    assertThat(history.of(TaskService.HISTORY_TYPE, task.getId()))
        .extracting(HistoryEntry::getField, HistoryEntry::getNewValue, HistoryEntry::getActor)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("action", "CREATED", "tuyengiao"));
  }

  @Test
  void aRefusedCreationWritesNothingAndNamesEachField() {
    Command c = f.command("Kiểm thử từ chối " + TaskFixtures.token(), "TGTU");
    c.deadline = LocalDate.of(2020, 9, 23); // D1: a BEFORE task due on the opening day
    c.start = LocalDate.of(2020, 9, 24); // D3
    c.cooperating.add(f.departmentId("TGTU")); // the lead cooperating
    RuleViolationException e =
        f.assertRefusedUnchanged(RuleViolationException.class, () -> create(c, f.tuyengiao()));
    assertThat(e.violations())
        .extracting(RuleViolation::field, RuleViolation::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("deadline", "task.deadline.outsidePhase"),
            org.assertj.core.groups.Tuple.tuple("startDate", "task.startDate.afterDeadline"),
            org.assertj.core.groups.Tuple.tuple(
                "cooperatingDepartments", "task.cooperatingDepartments.includesLead"));
  }

  /**
   * Issue 11: the lengths of the columns hold for every caller, not only the form (an import's
   * confirmation reached the database with a 2,000-character title: a 500). At the limit it saves;
   * one past it is refused next to the field and writes nothing.
   */
  @Test
  void textsLongerThanTheirColumnsAreRefusedWhoeverCalls() {
    String token = TaskFixtures.token();
    Command atLimit = f.command(token + "t".repeat(Task.TITLE_MAX - token.length()), "TGTU");
    atLimit.description = "d".repeat(Task.DESCRIPTION_MAX);
    assertThat(create(atLimit, f.tuyengiao()).getTitle()).hasSize(Task.TITLE_MAX);

    Command over = f.command(token + "t".repeat(Task.TITLE_MAX + 1 - token.length()), "TGTU");
    over.description = "d".repeat(Task.DESCRIPTION_MAX + 1);
    over.resultNote = "r".repeat(Task.RESULT_NOTE_MAX + 1);
    over.reason = "l".repeat(Task.REASON_MAX + 1);
    RuleViolationException e =
        f.assertRefusedUnchanged(RuleViolationException.class, () -> create(over, f.tuyengiao()));
    assertThat(e.violations())
        .filteredOn(v -> v.code().equals("task.text.tooLong"))
        .extracting(RuleViolation::field)
        .containsExactlyInAnyOrder("title", "description", "resultNote", "deadlineChangeReason");
  }

  @Test
  void updateRecordsEveryChangedFieldOldAndNew() {
    Task task = createOwn("TGTU");
    Command c = edit(task.getId());
    c.title = task.getTitle() + " (sửa)";
    c.priority = Priority.URGENT;
    c.cooperating.add(f.departmentId("PTTH"));
    c.deadline = LocalDate.of(2019, 8, 20);
    Task saved = service.update(task.getId(), c.build(), f.leader());

    assertThat(saved.getVersion()).isGreaterThan(task.getVersion());
    assertThat(saved.getUpdatedBy()).isEqualTo("lanhdao");
    assertThat(history.of(TaskService.HISTORY_TYPE, task.getId()))
        .extracting(HistoryEntry::getField, HistoryEntry::getOldValue, HistoryEntry::getNewValue)
        .contains(
            org.assertj.core.groups.Tuple.tuple("title", task.getTitle(), c.title),
            org.assertj.core.groups.Tuple.tuple("priority", "NORMAL", "URGENT"),
            org.assertj.core.groups.Tuple.tuple(
                "cooperatingDepartments", null, "Đài Phát thanh và Truyền hình tỉnh"),
            org.assertj.core.groups.Tuple.tuple("deadline", "2019-08-10", "2019-08-20"));
  }

  @Test
  void eachRuleRefusesAnUpdateAndLeavesTheDatabaseUnchanged() {
    Task task = createOwn("TGTU");
    long id = task.getId();

    Command d1 = edit(id);
    d1.phase = Phase.DURING;
    assertThat(codes(refusedUpdate(id, d1, f.admin())))
        .containsExactly("task.deadline.outsidePhase");

    Milestone plan = ownMilestone(MilestoneStatus.OPEN, LocalDate.of(2019, 7, 30));
    Command d2 = edit(id);
    d2.milestone = plan.getId();
    assertThat(codes(refusedUpdate(id, d2, f.admin())))
        .containsExactly("task.deadline.afterMilestone");

    Command d3 = edit(id);
    d3.start = d3.deadline.plusDays(1);
    assertThat(codes(refusedUpdate(id, d3, f.admin())))
        .containsExactly("task.startDate.afterDeadline");

    Command d6 = edit(id);
    d6.status = TaskStatus.DONE;
    d6.completedOn = TODAY.plusDays(1);
    assertThat(codes(refusedUpdate(id, d6, f.tuyengiao())))
        .containsExactlyInAnyOrder("task.completedOn.inFuture", "task.resultNote.required");

    Command progress = edit(id);
    progress.progress = 101;
    assertThat(codes(refusedUpdate(id, progress, f.tuyengiao())))
        .containsExactly("task.progress.range");
  }

  @Test
  void frozenMilestoneRefusesLinkUnlinkAndDeadlineMoves() {
    Milestone open = ownMilestone(MilestoneStatus.OPEN, LocalDate.of(2019, 8, 30));
    Command c = f.command("Gắn mốc kiểm thử " + TaskFixtures.token(), "TGTU");
    c.milestone = open.getId();
    Task linked = create(c, f.admin());
    Task free = createOwn("TGTU");
    ReflectionTestUtils.setField(open, "status", MilestoneStatus.SUBMITTED);
    milestones.save(open);

    Command unlink = edit(linked.getId());
    unlink.milestone = null;
    assertThat(codes(refusedUpdate(linked.getId(), unlink, f.admin())))
        .containsExactly("task.milestone.frozenUnlink");

    Command move = edit(linked.getId());
    move.deadline = move.deadline.minusDays(1);
    assertThat(codes(refusedUpdate(linked.getId(), move, f.admin())))
        .containsExactly("task.deadline.milestoneFrozen");

    Command link = edit(free.getId());
    link.milestone = open.getId();
    assertThat(codes(refusedUpdate(free.getId(), link, f.admin())))
        .containsExactly("task.milestone.frozenLink");

    // Other fields of a frozen milestone's task can still change.
    Command progress = edit(linked.getId());
    progress.progress = 30;
    assertThat(service.update(linked.getId(), progress.build(), f.tuyengiao()).getProgress())
        .isEqualTo(30);
  }

  @Test
  void anOverdueTaskIsExtendedOnlyByALeaderWithAReasonKeptInTheHistory() {
    Command c = f.command("Quá hạn kiểm thử " + TaskFixtures.token(), "TGTU");
    c.deadline = TODAY.minusDays(1);
    Task overdue = create(c, f.admin());

    Command staff = edit(overdue.getId());
    staff.deadline = TODAY.plusDays(10);
    staff.reason = "Chờ số liệu";
    RuleViolationException byStaff = refusedUpdate(overdue.getId(), staff, f.tuyengiao());
    assertThat(byStaff.violations())
        .extracting(RuleViolation::field, RuleViolation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("deadline", "task.deadline.extensionNotAllowed"));

    Command noReason = edit(overdue.getId());
    noReason.deadline = TODAY.plusDays(10);
    assertThat(codes(refusedUpdate(overdue.getId(), noReason, f.leader())))
        .containsExactly("task.deadlineChangeReason.required");

    Command leader = edit(overdue.getId());
    leader.deadline = TODAY.plusDays(10);
    leader.reason = "Chờ ý kiến chỉ đạo của Thường trực Tỉnh ủy";
    service.update(overdue.getId(), leader.build(), f.leader());

    assertThat(service.get(overdue.getId(), f.admin()).getDeadline()).isEqualTo(TODAY.plusDays(10));
    assertThat(history.of(TaskService.HISTORY_TYPE, overdue.getId()))
        .filteredOn(e -> e.getField().equals("deadline"))
        .extracting(HistoryEntry::getOldValue, HistoryEntry::getNewValue, HistoryEntry::getReason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "2019-07-14", "2019-07-25", "Chờ ý kiến chỉ đạo của Thường trực Tỉnh ủy"));
  }

  @Test
  void markingDoneWithoutADateMeansTodayAndFullProgress() {
    Task task = createOwn("TGTU");
    Command done = edit(task.getId());
    done.status = TaskStatus.DONE;
    done.progress = 40;
    done.resultNote = "Đã ban hành hướng dẫn";
    Task saved = service.update(task.getId(), done.build(), f.tuyengiao());
    assertThat(saved.getCompletedOn()).isEqualTo(TODAY);
    assertThat(saved.getProgress()).isEqualTo(100);
    assertThat(saved.deadlineStatusOn(TODAY, 7)).isEqualTo(DeadlineStatus.DONE_ON_TIME);
  }

  @Test
  void aStaleVersionIsAConflictAndOverwritesNothing() {
    Task task = createOwn("TGTU");
    Command first = edit(task.getId());
    Command second = edit(task.getId());
    first.title = task.getTitle() + " – bản của lãnh đạo";
    service.update(task.getId(), first.build(), f.leader());

    second.title = task.getTitle() + " – bản của cán bộ";
    f.assertRefusedUnchanged(
        ConflictException.class, () -> service.update(task.getId(), second.build(), f.tuyengiao()));
    assertThat(service.get(task.getId(), f.admin()).getTitle()).isEqualTo(first.title);
  }

  // ---------------------------------------------------------------- access

  @Test
  void staffCannotCreateForOrEditAnotherDepartmentsTask() {
    Command other = f.command("Của Công an " + TaskFixtures.token(), "CAT");
    f.assertRefusedUnchanged(ForbiddenException.class, () -> create(other, f.tuyengiao()));

    Task cat = createOwn("CAT");
    Command edit = edit(cat.getId());
    edit.title = "Sửa trái phép";
    f.assertRefusedUnchanged(
        ForbiddenException.class, () -> service.update(cat.getId(), edit.build(), f.tuyengiao()));

    Task own = createOwn("TGTU");
    Command giveAway = edit(own.getId());
    giveAway.lead = f.departmentId("CAT");
    f.assertRefusedUnchanged(
        ForbiddenException.class,
        () -> service.update(own.getId(), giveAway.build(), f.tuyengiao()));
  }

  @Test
  void staffReportProgressWhereTheirDepartmentLeadsOrCooperates() {
    Command c = f.command("Phối hợp kiểm thử " + TaskFixtures.token(), "CAT");
    c.cooperating.add(f.departmentId("TGTU"));
    Task cooperating = create(c, f.admin());
    service.reportProgress(cooperating.getId(), 20, "Đã cử cán bộ phối hợp", f.tuyengiao());

    Task stored = service.get(cooperating.getId(), f.admin());
    assertThat(stored.getProgress()).isEqualTo(20);
    assertThat(stored.getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(service.reports(cooperating.getId(), f.admin()))
        .extracting(ProgressReport::getAuthor, ProgressReport::getProgress, ProgressReport::getNote)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("tuyengiao", 20, "Đã cử cán bộ phối hợp"));
    assertThat(history.of(TaskService.HISTORY_TYPE, cooperating.getId()))
        .extracting(HistoryEntry::getField, HistoryEntry::getNewValue)
        .contains(
            org.assertj.core.groups.Tuple.tuple("progress", "20"),
            org.assertj.core.groups.Tuple.tuple("status", "IN_PROGRESS"));

    Task foreign = createOwn("CAT");
    f.assertRefusedUnchanged(
        ForbiddenException.class,
        () -> service.reportProgress(foreign.getId(), 10, "Không được phép", f.tuyengiao()));
  }

  @Test
  void aRefusedProgressReportWritesNothing() {
    Task task = createOwn("TGTU");
    RuleViolationException e =
        f.assertRefusedUnchanged(
            RuleViolationException.class,
            () -> service.reportProgress(task.getId(), 101, " ", f.tuyengiao()));
    assertThat(e.violations())
        .extracting(RuleViolation::field)
        .containsExactlyInAnyOrder("progress", "note");
  }

  @Test
  void aTaskAboveTheClearanceDoesNotExistForTheUser() {
    String token = TaskFixtures.token();
    Command c = f.command("Bảo vệ nhân sự kiểm thử " + token, "CAT");
    c.workstream = Workstream.SECURITY;
    c.confidentiality = Clearance.SECRET;
    Task secret = create(c, f.admin());
    TaskFilter byToken = filter(token);

    assertThatThrownBy(() -> service.get(secret.getId(), f.tuyengiao()))
        .isInstanceOf(NotFoundException.class);
    assertThat(service.list(byToken, TaskSort.DEFAULT, 0, 25, f.tuyengiao()).getTotalElements())
        .isZero();
    assertThat(service.count(byToken, f.tuyengiao())).isZero();
    f.assertRefusedUnchanged(
        NotFoundException.class,
        () -> service.reportProgress(secret.getId(), 10, "Dò tìm", f.tuyengiao()));

    assertThat(service.get(secret.getId(), f.congan()).getTitle()).isEqualTo(c.title);
    assertThat(service.count(byToken, f.congan())).isEqualTo(1);
    assertThat(service.count(byToken, f.leader())).isEqualTo(1);
  }

  @Test
  void theDemoPlansSecretTaskIsHiddenFromNormalClearance() {
    TaskFilter personnel = filter("bao ve nhan su nhiem ky moi");
    assertThat(service.count(personnel, f.congan())).isEqualTo(1);
    assertThat(service.count(personnel, f.tuyengiao())).isZero();
    long all = service.count(TaskFilter.empty(), f.admin());
    long visibleToNormal = service.count(TaskFilter.empty(), f.tuyengiao());
    assertThat(visibleToNormal).isLessThan(all);
  }

  // ---------------------------------------------------------------- search and list

  @Test
  void searchIgnoresCaseAndDiacriticsInAnyUnicodeForm() {
    String token = TaskFixtures.token();
    create(f.command("Tuyên truyền kiểm thử " + token, "TGTU"), f.admin());
    create(f.command("Đại hội kiểm thử " + token, "TGTU"), f.admin());

    assertThat(titles("tuyen truyen kiem thu " + token))
        .containsExactly("Tuyên truyền kiểm thử " + token);
    assertThat(titles("TUYÊN TRUYỀN KIỂM THỬ " + token.toUpperCase()))
        .containsExactly("Tuyên truyền kiểm thử " + token);
    String nfd = Normalizer.normalize("Tuyên truyền kiểm thử " + token, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC));
    assertThat(titles(nfd)).containsExactly("Tuyên truyền kiểm thử " + token);
    assertThat(titles("dai hoi kiem thu " + token)).containsExactly("Đại hội kiểm thử " + token);
    assertThat(titles("đại HỘI " + "kiểm thử " + token))
        .containsExactly("Đại hội kiểm thử " + token);
    assertThat(titles(token)).hasSize(2);
  }

  @Test
  void demoTasksAreFoundWithoutDiacritics() {
    assertThat(titles("tuyen truyen")).isNotEmpty();
    assertThat(titles("dai hoi")).isNotEmpty();
    assertThat(titles("TUYÊN TRUYỀN")).isEqualTo(titles("tuyen truyen"));
  }

  @Test
  void theListSortsByMeaningAndPagesInFixedSizes() {
    String token = TaskFixtures.token();
    for (Priority p : List.of(Priority.NORMAL, Priority.URGENT, Priority.HIGH)) {
      Command c = f.command("Ưu tiên " + p + " " + token, "TGTU");
      c.priority = p;
      create(c, f.admin());
    }
    assertThat(
            service
                .list(filter(token), new TaskSort(TaskSort.Key.PRIORITY, false), 0, 25, f.admin())
                .map(Task::getPriority)
                .getContent())
        .containsExactly(Priority.URGENT, Priority.HIGH, Priority.NORMAL);
    assertThat(
            service
                .list(filter(token), new TaskSort(TaskSort.Key.PRIORITY, true), 0, 25, f.admin())
                .map(Task::getPriority)
                .getContent())
        .containsExactly(Priority.NORMAL, Priority.HIGH, Priority.URGENT);
    assertThat(service.list(TaskFilter.empty(), TaskSort.DEFAULT, 0, 7, f.admin()).getSize())
        .isEqualTo(25);
    assertThat(service.list(TaskFilter.empty(), TaskSort.DEFAULT, 0, 100, f.admin()).getSize())
        .isEqualTo(100);
  }

  @Test
  void theListsTotalFollowsEveryChangeAtOnceAndMatchesTheCount() {
    TaskFilter all = TaskFilter.empty();
    long before = service.list(all, TaskSort.DEFAULT, 0, 25, f.admin()).getTotalElements();
    assertThat(before).isEqualTo(service.count(all, f.admin()));
    // Asked again without a change: the same total (now from the cache).
    assertThat(service.list(all, TaskSort.DEFAULT, 0, 25, f.admin()).getTotalElements())
        .isEqualTo(before);
    create(f.command("Tổng số thay đổi " + TaskFixtures.token(), "TGTU"), f.admin());
    assertThat(service.list(all, TaskSort.DEFAULT, 0, 25, f.admin()).getTotalElements())
        .isEqualTo(before + 1)
        .isEqualTo(service.count(all, f.admin()));
    // A reader of lower clearance has a total of their own, never the admin's.
    assertThat(service.list(all, TaskSort.DEFAULT, 0, 25, f.tuyengiao()).getTotalElements())
        .isEqualTo(service.count(all, f.tuyengiao()))
        .isLessThan(before + 1);
  }

  @Test
  void theListFiltersByDeadlineStatusInTheDatabase() {
    List<Task> overdue =
        service
            .list(
                TaskFilter.empty().withDeadlineStatus(DeadlineStatus.OVERDUE),
                TaskSort.DEFAULT,
                0,
                100,
                f.admin())
            .getContent();
    assertThat(overdue).isNotEmpty();
    assertThat(overdue)
        .allSatisfy(
            t -> assertThat(t.deadlineStatusOn(TODAY, 7)).isEqualTo(DeadlineStatus.OVERDUE));
  }

  // ---------------------------------------------------------------- bulk assignment

  @Test
  void bulkAssignmentChangesWhatTheRulesAllowAndSaysWhyTheRestWasRefused() {
    Task plain = createOwn("TGTU");
    Command c = f.command("Phối hợp với Báo " + TaskFixtures.token(), "TGTU");
    c.cooperating.add(f.departmentId("BYB"));
    Task cooperatingWithTarget = create(c, f.admin());
    long missing = Long.MAX_VALUE;

    LeadAssignment result =
        service.assignLead(
            List.of(plain.getId(), cooperatingWithTarget.getId(), missing),
            f.departmentId("BYB"),
            f.admin());

    assertThat(result.changed())
        .extracting(LeadAssignment.Changed::taskId)
        .containsExactly(plain.getId());
    assertThat(result.refused())
        .extracting(LeadAssignment.Refused::taskId)
        .containsExactly(cooperatingWithTarget.getId(), missing);
    assertThat(result.refused().get(0).reasons())
        .extracting(RuleViolation::code)
        .containsExactly("task.cooperatingDepartments.includesLead");
    assertThat(result.refused().get(1).reasons())
        .extracting(RuleViolation::code)
        .containsExactly("task.assign.notFound");

    assertThat(service.get(plain.getId(), f.admin()).getLeadDepartment().getCode())
        .isEqualTo("BYB");
    assertThat(service.get(cooperatingWithTarget.getId(), f.admin()).getLeadDepartment().getCode())
        .isEqualTo("TGTU");
    assertThat(history.of(TaskService.HISTORY_TYPE, plain.getId()))
        .extracting(HistoryEntry::getField, HistoryEntry::getOldValue, HistoryEntry::getNewValue)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "leadDepartment", "Ban Tuyên giáo Tỉnh ủy", "Báo Yên Bái"));
  }

  @Test
  void bulkAssignmentToAnInactiveDepartmentChangesNothing() {
    Department closed =
        departments.save(
            new Department(
                "Đơn vị giải thể " + TaskFixtures.token(),
                TaskFixtures.token(),
                DepartmentKind.OTHER));
    ReflectionTestUtils.setField(closed, "active", false);
    departments.save(closed);
    Task task = createOwn("TGTU");

    TaskFixtures.Snapshot before = f.snapshot();
    LeadAssignment result = service.assignLead(List.of(task.getId()), closed.getId(), f.admin());
    assertThat(f.snapshot()).isEqualTo(before);
    assertThat(result.changed()).isEmpty();
    assertThat(result.refused().get(0).reasons())
        .extracting(RuleViolation::code)
        .containsExactly("task.leadDepartment.inactive");
  }

  @Test
  void onlyAdministratorsAssignInBulk() {
    Task task = createOwn("TGTU");
    f.assertRefusedUnchanged(
        ForbiddenException.class,
        () -> service.assignLead(List.of(task.getId()), f.departmentId("BYB"), f.leader()));
  }

  // ---------------------------------------------------------------- helpers

  RuleViolationException refusedUpdate(long id, Command command, Actor actor) {
    return f.assertRefusedUnchanged(
        RuleViolationException.class, () -> service.update(id, command.build(), actor));
  }

  Milestone ownMilestone(MilestoneStatus status, LocalDate due) {
    Milestone m =
        new Milestone(
            congresses.current(),
            "Mốc kiểm thử " + TaskFixtures.token(),
            Workstream.PROPAGANDA,
            due,
            DeliverableKind.OTHER,
            null,
            f.department("TGTU"));
    ReflectionTestUtils.setField(m, "status", status);
    return milestones.save(m);
  }

  static TaskFilter filter(String q) {
    return new TaskFilter(null, null, null, null, null, null, null, q, null, null, null);
  }

  List<String> titles(String q) {
    return service
        .list(filter(q), TaskSort.DEFAULT, 0, 100, f.admin())
        .map(Task::getTitle)
        .getContent();
  }
}
