package vn.congressplanner.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.account.Role;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.internal.DepartmentRepository;

/**
 * Shared by the task tests: the demo actors, commands for tasks of the tests' own (unique titles,
 * so that other tests' counts are untouched), and a database snapshot to prove that a refusal
 * changed nothing.
 */
public class TaskFixtures {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final DepartmentRepository departments;
  private final JdbcTemplate jdbc;

  public TaskFixtures(DepartmentRepository departments, JdbcTemplate jdbc) {
    this.departments = departments;
    this.jdbc = jdbc;
  }

  public Department department(String code) {
    return departments.findByCodeIgnoreCase(code).orElseThrow();
  }

  public long departmentId(String code) {
    return department(code).getId();
  }

  public Actor admin() {
    return new Actor(
        null, "admin", "Quản trị", Role.ADMIN, departmentId("VPTU"), Clearance.TOP_SECRET);
  }

  public Actor leader() {
    return new Actor(
        null, "lanhdao", "Lãnh đạo", Role.LEADER, departmentId("VPTU"), Clearance.SECRET);
  }

  /** STAFF of Ban Tuyên giáo, clearance NORMAL (the demo's {@code tuyengiao}). */
  public Actor tuyengiao() {
    return new Actor(
        null, "tuyengiao", "Cán bộ", Role.STAFF, departmentId("TGTU"), Clearance.NORMAL);
  }

  /** STAFF of Công an tỉnh, clearance SECRET (the demo's {@code congan}). */
  public Actor congan() {
    return new Actor(null, "congan", "Cán bộ", Role.STAFF, departmentId("CAT"), Clearance.SECRET);
  }

  /** A word no demo task contains, to find the test's own tasks. */
  public static String token() {
    return "kt"
        + Long.toString(System.nanoTime() % 1_000_000_000L, 36)
        + SEQUENCE.incrementAndGet();
  }

  /** A valid command: a BEFORE propaganda task led by {@code leadCode}, due 10/08/2019. */
  public Command command(String title, String leadCode) {
    return new Command(title, departmentId(leadCode));
  }

  /** A mutable builder of {@link TaskCommand}. */
  public static final class Command {
    public String title;
    public String description;
    public Workstream workstream = Workstream.PROPAGANDA;
    public Phase phase = Phase.BEFORE;
    public Long lead;
    public List<Long> cooperating = new ArrayList<>();
    public Long milestone;
    public LocalDate start;
    public LocalDate deadline = LocalDate.of(2019, 8, 10);
    public TaskStatus status = TaskStatus.NOT_STARTED;
    public Integer progress = 0;
    public LocalDate completedOn;
    public String resultNote;
    public Priority priority = Priority.NORMAL;
    public Clearance confidentiality = Clearance.NORMAL;
    public String reason;
    public Long version;

    Command(String title, Long lead) {
      this.title = title;
      this.lead = lead;
    }

    /** The command that would save {@code task} as it is (an edit form opened and saved). */
    public static Command of(Task task) {
      Command c = new Command(task.getTitle(), task.getLeadDepartment().getId());
      c.description = task.getDescription();
      c.workstream = task.getWorkstream();
      c.phase = task.getPhase();
      c.cooperating =
          new ArrayList<>(
              task.getCooperatingDepartments().stream().map(Department::getId).toList());
      c.milestone = task.getMilestone() == null ? null : task.getMilestone().getId();
      c.start = task.getStartDate();
      c.deadline = task.getDeadline();
      c.status = task.getStatus();
      c.progress = task.getProgress();
      c.completedOn = task.getCompletedOn();
      c.resultNote = task.getResultNote();
      c.priority = task.getPriority();
      c.confidentiality = task.getConfidentiality();
      c.version = task.getVersion();
      return c;
    }

    public TaskCommand build() {
      return new TaskCommand(
          title,
          description,
          workstream,
          phase,
          lead,
          cooperating,
          milestone,
          start,
          deadline,
          status,
          progress,
          completedOn,
          resultNote,
          priority,
          confidentiality,
          reason,
          version);
    }
  }

  /** Everything a task change could touch, read straight from the database. */
  public record Snapshot(
      long tasks,
      long reports,
      long history,
      List<Map<String, Object>> taskRows,
      List<Map<String, Object>> cooperating) {}

  public Snapshot snapshot() {
    return new Snapshot(
        jdbc.queryForObject("select count(*) from task", Long.class),
        jdbc.queryForObject("select count(*) from progress_report", Long.class),
        jdbc.queryForObject("select count(*) from history_entry", Long.class),
        jdbc.queryForList("select * from task order by id"),
        jdbc.queryForList(
            "select task_id, department_id from task_cooperating_department"
                + " order by task_id, department_id"));
  }

  /** Runs a refused change and proves it left the database exactly as it was. */
  public <T extends Throwable> T assertRefusedUnchanged(Class<T> type, ThrowingCallable change) {
    Snapshot before = snapshot();
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(change);
    assertThat(thrown).isInstanceOf(type);
    assertThat(snapshot()).isEqualTo(before);
    return type.cast(thrown);
  }
}
