package vn.congressplanner.milestone;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.account.internal.UserAccountRepository;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.internal.DepartmentRepository;
import vn.congressplanner.milestone.internal.MilestoneRepository;
import vn.congressplanner.task.Task;
import vn.congressplanner.task.TaskStatus;
import vn.congressplanner.task.internal.TaskRepository;

/**
 * Test data for milestone tests: own milestones and tasks with unique titles in the current
 * congress (the demo milestones are never touched), the demo users as actors, and snapshots of a
 * milestone's row and history to prove that a refusal changed nothing.
 */
public class MilestoneFixtures {

  private final MilestoneRepository milestones;
  private final TaskRepository tasks;
  private final DepartmentRepository departments;
  private final CongressService congresses;
  private final UserAccountRepository users;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;

  public MilestoneFixtures(
      MilestoneRepository milestones,
      TaskRepository tasks,
      DepartmentRepository departments,
      CongressService congresses,
      UserAccountRepository users,
      JdbcTemplate jdbc,
      TransactionTemplate tx,
      Clock clock) {
    this.milestones = milestones;
    this.tasks = tasks;
    this.departments = departments;
    this.congresses = congresses;
    this.users = users;
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock;
  }

  public static MilestoneFixtures from(ApplicationContext context) {
    return new MilestoneFixtures(
        context.getBean(MilestoneRepository.class),
        context.getBean(TaskRepository.class),
        context.getBean(DepartmentRepository.class),
        context.getBean(CongressService.class),
        context.getBean(UserAccountRepository.class),
        context.getBean(JdbcTemplate.class),
        context.getBean(TransactionTemplate.class),
        context.getBean(Clock.class));
  }

  public Actor actor(String username) {
    return users.findByUsernameIgnoreCase(username).orElseThrow().toActor();
  }

  public Department department(String code) {
    return departments.findByCodeIgnoreCase(code).orElseThrow();
  }

  public static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A new open milestone of the current congress, with {@code TGTU} responsible. */
  public Milestone milestone(String title, LocalDate due) {
    return milestone(title, due, "TGTU");
  }

  public Milestone milestone(String title, LocalDate due, String departmentCode) {
    Congress congress = congresses.current();
    return milestones.save(
        new Milestone(
            congress,
            title,
            Workstream.PROPAGANDA,
            due,
            DeliverableKind.PLAN,
            "Ban Thường vụ Tỉnh ủy",
            department(departmentCode)));
  }

  /** A BEFORE task of the current congress linked to {@code milestone}. */
  public Task linkedTask(
      Milestone milestone, String title, LocalDate deadline, TaskStatus status, Clearance level) {
    return tx.execute(
        s -> {
          Congress congress = congresses.current();
          Task task =
              new Task(
                  congress,
                  title,
                  Workstream.PROPAGANDA,
                  Phase.BEFORE,
                  department("TGTU"),
                  deadline,
                  "test",
                  clock.instant());
          ReflectionTestUtils.setField(
              task, "milestone", milestones.getReferenceById(milestone.getId()));
          ReflectionTestUtils.setField(task, "confidentiality", level);
          ReflectionTestUtils.setField(task, "status", status);
          if (status == TaskStatus.DONE) {
            ReflectionTestUtils.setField(task, "completedOn", deadline.minusDays(1));
            ReflectionTestUtils.setField(task, "progress", 100);
            ReflectionTestUtils.setField(task, "resultNote", "Đã xong");
          }
          return tasks.save(task);
        });
  }

  public Task linkedTask(Milestone milestone, String title, LocalDate deadline) {
    return linkedTask(milestone, title, deadline, TaskStatus.IN_PROGRESS, Clearance.NORMAL);
  }

  /** The milestone's row and its history count, to compare before and after a refusal. */
  public Map<String, Object> snapshot(long milestoneId) {
    Map<String, Object> row =
        new java.util.TreeMap<>(
            jdbc.queryForMap(
                "select title, workstream, kind, due_date, submit_to, responsible_department_id,"
                    + " status, submitted_at, submitted_by, submission_note, late, late_reason,"
                    + " reviewer_comment, approved_by, approved_at, version"
                    + " from milestone where id = ?",
                milestoneId));
    row.put(
        "history",
        jdbc.queryForObject(
            "select count(*) from history_entry where entity_type = 'MILESTONE' and entity_id = ?",
            Long.class,
            milestoneId));
    return row;
  }

  public Milestone reload(long id) {
    return milestones.findById(id).orElseThrow();
  }
}
