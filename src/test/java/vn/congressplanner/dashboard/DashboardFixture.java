package vn.congressplanner.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.account.internal.UserAccountRepository;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressLevel;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.congress.internal.CongressRepository;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentKind;
import vn.congressplanner.department.internal.DepartmentRepository;
import vn.congressplanner.milestone.DeliverableKind;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.milestone.MilestoneStatus;
import vn.congressplanner.milestone.internal.MilestoneRepository;
import vn.congressplanner.task.DeadlineStatus;
import vn.congressplanner.task.Task;
import vn.congressplanner.task.TaskStatus;
import vn.congressplanner.task.internal.TaskRepository;

/**
 * A known plan in the isolated "dashboard" database: its own congress (made current there, so that
 * demo tasks of the demo congress never change these numbers), nine departments and fourteen tasks
 * placed on the edges of every deadline status as of {@link #DAY}. Built once per database.
 *
 * <p>Edge tasks T01–T06 and T12 each have a lead department of their own (L1…L6, L12), so that a
 * department's row shows that single task's status.
 */
public final class DashboardFixture {

  public static final LocalDate DAY = LocalDate.of(2019, 7, 15);
  static final String CONGRESS = "Đại hội kiểm thử bảng tổng quan (dữ liệu đã biết)";
  static final LocalDate OPENING = LocalDate.of(2019, 9, 10);
  static final LocalDate CLOSING = LocalDate.of(2019, 9, 12);

  /** What a task of the fixture is. */
  public record Spec(
      String key,
      String title,
      Workstream workstream,
      Phase phase,
      String lead,
      List<String> cooperating,
      LocalDate deadline,
      TaskStatus status,
      LocalDate completedOn,
      Clearance confidentiality) {

    DeadlineStatus statusOn(LocalDate day) {
      return DeadlineStatus.of(status, deadline, completedOn, day, 7);
    }

    boolean involves(String department) {
      return lead.equals(department) || cooperating.contains(department);
    }
  }

  public static final List<Spec> TASKS =
      List.of(
          spec(
              "T01",
              "Tuyên truyền: hạn đúng hôm nay",
              Workstream.PROPAGANDA,
              Phase.BEFORE,
              "L1",
              List.of(),
              DAY,
              TaskStatus.NOT_STARTED,
              null,
              Clearance.NORMAL),
          spec(
              "T02",
              "Tuyên truyền: quá hạn một ngày",
              Workstream.PROPAGANDA,
              Phase.BEFORE,
              "L2",
              List.of("B"),
              DAY.minusDays(1),
              TaskStatus.IN_PROGRESS,
              null,
              Clearance.NORMAL),
          spec(
              "T03",
              "Phục vụ: hoàn thành đúng ngày hạn",
              Workstream.SERVICE,
              Phase.BEFORE,
              "L3",
              List.of(),
              DAY.minusDays(10),
              TaskStatus.DONE,
              DAY.minusDays(10),
              Clearance.NORMAL),
          spec(
              "T04",
              "Phục vụ: hoàn thành trễ một ngày",
              Workstream.SERVICE,
              Phase.BEFORE,
              "L4",
              List.of("A"),
              DAY.minusDays(10),
              TaskStatus.DONE,
              DAY.minusDays(9),
              Clearance.NORMAL),
          spec(
              "T05",
              "Bảo vệ: hạn sau bảy ngày",
              Workstream.SECURITY,
              Phase.BEFORE,
              "L5",
              List.of(),
              DAY.plusDays(7),
              TaskStatus.NOT_STARTED,
              null,
              Clearance.NORMAL),
          spec(
              "T06",
              "Bảo vệ: hạn sau tám ngày",
              Workstream.SECURITY,
              Phase.BEFORE,
              "L6",
              List.of("A", "B"),
              DAY.plusDays(8),
              TaskStatus.IN_PROGRESS,
              null,
              Clearance.NORMAL),
          spec(
              "T07",
              "Tuyên truyền: đã hủy bỏ",
              Workstream.PROPAGANDA,
              Phase.BEFORE,
              "A",
              List.of(),
              DAY.minusDays(5),
              TaskStatus.CANCELLED,
              null,
              Clearance.NORMAL),
          spec(
              "T08",
              "Bảo vệ nhân sự: tối mật, quá hạn",
              Workstream.SECURITY,
              Phase.BEFORE,
              "C",
              List.of(),
              DAY.minusDays(3),
              TaskStatus.NOT_STARTED,
              null,
              Clearance.SECRET),
          spec(
              "T09",
              "Bảo vệ: tuyệt mật, quá hạn",
              Workstream.SECURITY,
              Phase.BEFORE,
              "A",
              List.of(),
              DAY.minusDays(3),
              TaskStatus.NOT_STARTED,
              null,
              Clearance.TOP_SECRET),
          spec(
              "T10",
              "Tuyên truyền trong Đại hội",
              Workstream.PROPAGANDA,
              Phase.DURING,
              "B",
              List.of("C"),
              LocalDate.of(2019, 9, 11),
              TaskStatus.NOT_STARTED,
              null,
              Clearance.NORMAL),
          spec(
              "T11",
              "Phục vụ sau Đại hội",
              Workstream.SERVICE,
              Phase.AFTER,
              "A",
              List.of(),
              LocalDate.of(2019, 9, 30),
              TaskStatus.IN_PROGRESS,
              null,
              Clearance.NORMAL),
          spec(
              "T12",
              "Tuyên truyền: hoàn thành hôm nay, trễ hạn",
              Workstream.PROPAGANDA,
              Phase.BEFORE,
              "L12",
              List.of(),
              DAY.minusDays(2),
              TaskStatus.DONE,
              DAY,
              Clearance.NORMAL),
          spec(
              "T13",
              "Tuyên truyền: mật, hạn còn xa",
              Workstream.PROPAGANDA,
              Phase.BEFORE,
              "A",
              List.of("C"),
              DAY.plusDays(30),
              TaskStatus.NOT_STARTED,
              null,
              Clearance.CONFIDENTIAL),
          spec(
              "T14",
              "Phục vụ: đơn vị phối hợp trùng đơn vị chủ trì",
              Workstream.SERVICE,
              Phase.BEFORE,
              "C",
              List.of("C"),
              DAY.plusDays(20),
              TaskStatus.NOT_STARTED,
              null,
              Clearance.NORMAL));

  static final List<String> DEPARTMENTS =
      List.of("A", "B", "C", "L1", "L2", "L3", "L4", "L5", "L6", "L12");

  public final long congressId;
  final Map<String, Long> departments;
  final Map<String, Long> tasks;

  private DashboardFixture(
      long congressId, Map<String, Long> departments, Map<String, Long> tasks) {
    this.congressId = congressId;
    this.departments = departments;
    this.tasks = tasks;
  }

  private static Spec spec(
      String key,
      String title,
      Workstream workstream,
      Phase phase,
      String lead,
      List<String> cooperating,
      LocalDate deadline,
      TaskStatus status,
      LocalDate completedOn,
      Clearance confidentiality) {
    return new Spec(
        key,
        key + " " + title,
        workstream,
        phase,
        lead,
        cooperating,
        deadline,
        status,
        completedOn,
        confidentiality);
  }

  public static String departmentName(String key) {
    return "Đơn vị kiểm thử tổng quan " + key;
  }

  private static DashboardFixture loaded;

  /** The fixture in the context's database, created at first use. */
  public static synchronized DashboardFixture in(ApplicationContext context) {
    if (loaded != null) {
      return loaded;
    }
    CongressRepository congresses = context.getBean(CongressRepository.class);
    DepartmentRepository departments = context.getBean(DepartmentRepository.class);
    TaskRepository tasks = context.getBean(TaskRepository.class);
    MilestoneRepository milestones = context.getBean(MilestoneRepository.class);
    Clock clock = context.getBean(Clock.class);
    TransactionTemplate tx =
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    loaded =
        tx.execute(
            status -> {
              Congress congress =
                  congresses.findAll().stream()
                      .filter(c -> c.getName().equals(CONGRESS))
                      .findFirst()
                      .orElse(null);
              Map<String, Long> deptIds = new LinkedHashMap<>();
              Map<String, Long> taskIds = new LinkedHashMap<>();
              if (congress != null) {
                for (String key : DEPARTMENTS) {
                  deptIds.put(
                      key, departments.findByCodeIgnoreCase("DBT" + key).orElseThrow().getId());
                }
                for (Task t : tasks.findAll()) {
                  if (t.getCongress().getId().equals(congress.getId())) {
                    taskIds.put(t.getTitle().substring(0, 3), t.getId());
                  }
                }
                return new DashboardFixture(congress.getId(), deptIds, taskIds);
              }
              congresses.findAll().forEach(c -> ReflectionTestUtils.setField(c, "current", false));
              congress =
                  new Congress(
                      CONGRESS,
                      "2020–2025",
                      CongressLevel.DISTRICT,
                      "Hội trường kiểm thử",
                      null,
                      OPENING,
                      CLOSING);
              ReflectionTestUtils.setField(congress, "current", true);
              congress = congresses.save(congress);
              Map<String, Department> dept = new LinkedHashMap<>();
              for (String key : DEPARTMENTS) {
                Department d =
                    departments.save(
                        new Department(departmentName(key), "DBT" + key, DepartmentKind.OTHER));
                dept.put(key, d);
                deptIds.put(key, d.getId());
              }
              Milestone open =
                  milestones.save(
                      new Milestone(
                          congress,
                          "Mốc kiểm thử còn mười ngày",
                          Workstream.SECURITY,
                          DAY.plusDays(10),
                          DeliverableKind.PLAN,
                          "Ban Thường vụ",
                          dept.get("C")));
              milestones.save(
                  new Milestone(
                      congress,
                      "Mốc kiểm thử đã quá năm ngày",
                      null,
                      DAY.minusDays(5),
                      DeliverableKind.REPORT,
                      "Thường trực",
                      dept.get("A")));
              Milestone submitted =
                  new Milestone(
                      congress,
                      "Mốc kiểm thử đã trình",
                      Workstream.SERVICE,
                      DAY.minusDays(1),
                      DeliverableKind.BUDGET_ESTIMATE,
                      "Thường trực",
                      dept.get("B"));
              ReflectionTestUtils.setField(submitted, "status", MilestoneStatus.SUBMITTED);
              milestones.save(submitted);
              String actor = Actor.system().username();
              for (Spec s : TASKS) {
                Task t =
                    new Task(
                        congress,
                        s.title(),
                        s.workstream(),
                        s.phase(),
                        dept.get(s.lead()),
                        s.deadline(),
                        actor,
                        clock.instant());
                ReflectionTestUtils.setField(t, "status", s.status());
                ReflectionTestUtils.setField(t, "completedOn", s.completedOn());
                ReflectionTestUtils.setField(t, "confidentiality", s.confidentiality());
                ReflectionTestUtils.setField(
                    t, "description", "Mô tả của " + s.key() + ", có dấu phẩy, \"ngoặc kép\"");
                if (s.status() == TaskStatus.DONE) {
                  ReflectionTestUtils.setField(t, "progress", 100);
                  ReflectionTestUtils.setField(t, "resultNote", "Đã hoàn thành");
                }
                if (s.key().equals("T05")) {
                  ReflectionTestUtils.setField(t, "milestone", open);
                }
                for (String c : s.cooperating()) {
                  t.getCooperatingDepartments().add(dept.get(c));
                }
                taskIds.put(s.key(), tasks.save(t).getId());
              }
              return new DashboardFixture(congress.getId(), deptIds, taskIds);
            });
    return loaded;
  }

  public long department(String key) {
    return departments.get(key);
  }

  public long task(String key) {
    return tasks.get(key);
  }

  /** The tasks {@code clearance} may see. */
  public static List<Spec> visibleTo(Clearance clearance) {
    return TASKS.stream().filter(s -> clearance.covers(s.confidentiality())).toList();
  }

  /** Reference counts computed with {@link DeadlineStatus#of}, one task at a time. */
  static Counts expected(List<Spec> specs, LocalDate day) {
    Map<DeadlineStatus, Long> byStatus = new LinkedHashMap<>();
    long cancelled = 0;
    for (Spec s : specs) {
      DeadlineStatus status = s.statusOn(day);
      if (status == null) {
        cancelled++;
      } else {
        byStatus.merge(status, 1L, Long::sum);
      }
    }
    return new Counts(specs.size(), cancelled, byStatus);
  }

  static List<Spec> where(List<Spec> specs, java.util.function.Predicate<Spec> predicate) {
    List<Spec> out = new ArrayList<>();
    for (Spec s : specs) {
      if (predicate.test(s)) {
        out.add(s);
      }
    }
    return out;
  }

  public static Actor actor(ApplicationContext context, String username) {
    return Objects.requireNonNull(
        context
            .getBean(UserAccountRepository.class)
            .findByUsernameIgnoreCase(username)
            .orElseThrow()
            .toActor());
  }
}
