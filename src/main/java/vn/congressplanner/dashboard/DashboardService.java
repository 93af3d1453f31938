package vn.congressplanner.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.department.Department;
import vn.congressplanner.milestone.MilestoneService;
import vn.congressplanner.system.Texts;
import vn.congressplanner.system.Today;
import vn.congressplanner.task.DeadlineStatus;
import vn.congressplanner.task.PlanChanges;
import vn.congressplanner.task.Task;
import vn.congressplanner.task.TaskFilter;
import vn.congressplanner.task.TaskSpecifications;
import vn.congressplanner.task.TaskStatus;

/**
 * The dashboard's numbers. Every count is a SQL aggregate (GROUP BY with one {@code CASE} per
 * deadline status) over the same predicates as the task list — {@link TaskSpecifications#matching}
 * for the scope and clearance, {@link TaskSpecifications#deadlineStatus} for the buckets — so that
 * a number and the list it links to are the same query. Four statements compute the task side — one
 * aggregate by lead department, workstream and phase, one by cooperating department, the upcoming
 * and the most overdue tasks — and are cached while the plan does not change (see {@link
 * DashboardCache}); milestones are read fresh.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

  private final EntityManager em;
  private final CongressService congresses;
  private final Today today;
  private final DashboardCache cache;
  private final MilestoneService milestones;
  private final PlanChanges planChanges;

  DashboardService(
      EntityManager em,
      CongressService congresses,
      Today today,
      DashboardCache cache,
      MilestoneService milestones,
      PlanChanges planChanges) {
    this.em = em;
    this.planChanges = planChanges;
    this.milestones = milestones;
    this.congresses = congresses;
    this.today = today;
    this.cache = cache;
  }

  /**
   * The current congress's dashboard as {@code actor} may see it, classified on {@code asOf} (or
   * today when {@code null}); empty when no congress is set up yet.
   */
  public Optional<Dashboard> forViewer(Actor actor, LocalDate asOf) {
    Optional<Congress> current = congresses.currentIfAny();
    if (current.isEmpty()) {
      return Optional.empty();
    }
    Congress congress = current.get();
    LocalDate day = asOf != null ? asOf : today.date();
    int dueSoonDays = today.dueSoonDays();
    Clearance clearance = actor.clearance();
    long congressId = congress.getId();
    TaskSide tasks =
        cache.get(
            new DashboardCache.Key(congressId, clearance, day, dueSoonDays),
            planChanges.stamp(),
            () -> taskSide(congressId, clearance, day, dueSoonDays));

    TaskFilter base = TaskFilter.empty().withAsOf(asOf);
    Counts overall = Counts.ZERO;
    Map<Workstream, Counts> perWorkstream = new EnumMap<>(Workstream.class);
    Map<Phase, Counts> perPhase = new EnumMap<>(Phase.class);
    for (Map.Entry<Workstream, Map<Phase, Counts>> w : tasks.grid().entrySet()) {
      for (Map.Entry<Phase, Counts> p : w.getValue().entrySet()) {
        overall = overall.plus(p.getValue());
        perWorkstream.merge(w.getKey(), p.getValue(), Counts::plus);
        perPhase.merge(p.getKey(), p.getValue(), Counts::plus);
      }
    }
    List<Dashboard.Row> byWorkstream = new ArrayList<>();
    for (Workstream w : Workstream.values()) {
      byWorkstream.add(
          new Dashboard.Row(
              w.name() + ".",
              "workstream." + w.name(),
              null,
              null,
              base.withWorkstream(w),
              perWorkstream.getOrDefault(w, Counts.ZERO)));
    }
    List<Dashboard.Row> byPhase = new ArrayList<>();
    for (Phase p : Phase.values()) {
      byPhase.add(
          new Dashboard.Row(
              p.name() + ".",
              "phase." + p.name(),
              null,
              null,
              base.withPhase(p),
              perPhase.getOrDefault(p, Counts.ZERO)));
    }
    List<Dashboard.Row> byDepartment =
        tasks.departments().stream()
            .map(
                d ->
                    new Dashboard.Row(
                        "dept." + d.id() + ".",
                        null,
                        d.name(),
                        d.id(),
                        base.withDepartment(d.id()),
                        d.counts()))
            .toList();

    return Optional.of(
        new Dashboard(
            new Dashboard.CongressInfo(
                congressId,
                congress.getName(),
                congress.getVenue(),
                congress.getOpeningDate(),
                congress.getClosingDate()),
            day,
            asOf,
            dueSoonDays,
            clearance,
            new Dashboard.Row("", null, null, null, base, overall),
            byWorkstream,
            byPhase,
            byDepartment,
            milestones.lines(congressId, day),
            tasks.upcoming(),
            tasks.mostOverdue()));
  }

  /** Vietnamese alphabetical order (the database's C collation would put "Đ" after "Z"). */
  static final Comparator<String> VIETNAMESE = Texts.VIETNAMESE_ORDER;

  /**
   * The league table's default order: most overdue first, then most due soon. Rows come in name
   * order (sorted once, when computed) and the sort is stable, so ties stay alphabetical without a
   * collator comparison per request.
   */
  static final Comparator<Dashboard.Row> BY_OVERDUE =
      Comparator.<Dashboard.Row>comparingLong(r -> -r.counts().get(DeadlineStatus.OVERDUE))
          .thenComparingLong(r -> -r.counts().get(DeadlineStatus.DUE_SOON));

  /** What the cache keeps: everything that depends on tasks. */
  record TaskSide(
      Map<Workstream, Map<Phase, Counts>> grid,
      List<DepartmentCounts> departments, // in Vietnamese name order
      List<Dashboard.TaskLine> upcoming,
      List<Dashboard.TaskLine> mostOverdue) {}

  record DepartmentCounts(long id, String name, String code, Counts counts) {}

  private TaskSide taskSide(long congressId, Clearance clearance, LocalDate day, int dueSoonDays) {
    Scope scope = new Scope(congressId, clearance, day, dueSoonDays);

    // One pass over the tasks groups them by lead department, workstream and phase: summed over
    // departments that is the workstream × phase grid, summed over the grid each department's
    // led tasks. A second aggregate adds the tasks a department cooperates on, so that a
    // department's numbers count what it leads or cooperates on, as the list's department filter
    // does; a cooperating row equal to the lead is left out so that no task counts twice.
    Map<Workstream, Map<Phase, Counts>> grid = new EnumMap<>(Workstream.class);
    Map<Long, DepartmentCounts> departments = new LinkedHashMap<>();
    for (Tuple row :
        aggregate(
            scope,
            (t, q) -> {
              Join<Task, Department> d = t.join("leadDepartment");
              return List.of(
                  d.get("id"), d.get("name"), d.get("code"), t.get("workstream"), t.get("phase"));
            },
            null)) {
      Counts counts = counts(row, 5);
      grid.computeIfAbsent(row.get(3, Workstream.class), w -> new EnumMap<>(Phase.class))
          .merge(row.get(4, Phase.class), counts, Counts::plus);
      add(departments, row, counts);
    }
    for (Tuple row :
        aggregate(
            scope,
            (t, q) -> {
              Join<Task, Department> d = t.join("cooperatingDepartments");
              return List.of(d.get("id"), d.get("name"), d.get("code"));
            },
            (t, cb, keys) -> cb.notEqual(keys.get(0), t.get("leadDepartment").get("id")))) {
      add(departments, row, counts(row, 3));
    }

    List<Dashboard.TaskLine> upcoming =
        lines(
            scope,
            (t, cb) ->
                cb.and(
                    cb.or(
                        TaskSpecifications.deadlineStatus(
                            t, cb, DeadlineStatus.DUE_SOON, day, dueSoonDays),
                        TaskSpecifications.deadlineStatus(
                            t, cb, DeadlineStatus.ON_TRACK, day, dueSoonDays)),
                    cb.between(t.get("deadline"), day, day.plusDays(Dashboard.UPCOMING_DAYS))),
            Dashboard.UPCOMING_LIMIT);
    List<Dashboard.TaskLine> mostOverdue =
        lines(
            scope,
            (t, cb) ->
                TaskSpecifications.deadlineStatus(t, cb, DeadlineStatus.OVERDUE, day, dueSoonDays),
            Dashboard.MOST_OVERDUE_LIMIT);
    List<DepartmentCounts> byName = new ArrayList<>(departments.values());
    byName.sort(Comparator.comparing(DepartmentCounts::name, VIETNAMESE));
    return new TaskSide(grid, List.copyOf(byName), upcoming, mostOverdue);
  }

  private static void add(Map<Long, DepartmentCounts> departments, Tuple row, Counts counts) {
    long id = row.get(0, Long.class);
    departments.merge(
        id,
        new DepartmentCounts(id, row.get(1, String.class), row.get(2, String.class), counts),
        (a, b) -> new DepartmentCounts(id, a.name(), a.code(), a.counts().plus(b.counts())));
  }

  private record Scope(long congressId, Clearance clearance, LocalDate day, int dueSoonDays) {

    Predicate where(Root<Task> t, CriteriaQuery<?> q, CriteriaBuilder cb) {
      return TaskSpecifications.matching(
              TaskFilter.empty(), congressId, clearance, day, dueSoonDays)
          .toPredicate(t, q, cb);
    }
  }

  private interface Keys {
    List<Expression<?>> of(Root<Task> t, CriteriaQuery<Tuple> q);
  }

  private interface Extra {
    Predicate of(Root<Task> t, CriteriaBuilder cb, List<Expression<?>> keys);
  }

  /**
   * {@code select keys, count(*), sum(case when cancelled ...), sum(case when <status> ...) ...
   * group by keys}: one row per key with the total, the cancelled and each deadline status.
   */
  private List<Tuple> aggregate(Scope scope, Keys keys, Extra extra) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<Task> t = q.from(Task.class);
    List<Expression<?>> groupBy = keys.of(t, q);
    List<Selection<?>> select = new ArrayList<>(groupBy);
    select.add(cb.count(t));
    select.add(countWhere(cb, cb.equal(t.get("status"), TaskStatus.CANCELLED)));
    for (DeadlineStatus s : DeadlineStatus.values()) {
      select.add(
          countWhere(
              cb, TaskSpecifications.deadlineStatus(t, cb, s, scope.day(), scope.dueSoonDays())));
    }
    Predicate where = scope.where(t, q, cb);
    if (extra != null) {
      where = cb.and(where, extra.of(t, cb, groupBy));
    }
    q.multiselect(select).where(where).groupBy(groupBy);
    return em.createQuery(q).getResultList();
  }

  private static Expression<Long> countWhere(CriteriaBuilder cb, Predicate predicate) {
    return cb.sum(cb.<Long>selectCase().when(predicate, 1L).otherwise(0L));
  }

  private static Counts counts(Tuple row, int from) {
    EnumMap<DeadlineStatus, Long> byStatus = new EnumMap<>(DeadlineStatus.class);
    DeadlineStatus[] statuses = DeadlineStatus.values();
    for (int i = 0; i < statuses.length; i++) {
      byStatus.put(statuses[i], number(row.get(from + 2 + i)));
    }
    return new Counts(number(row.get(from)), number(row.get(from + 1)), byStatus);
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private interface Condition {
    Predicate of(Root<Task> t, CriteriaBuilder cb);
  }

  /** A few tasks in deadline order, with what the dashboard shows of them. */
  private List<Dashboard.TaskLine> lines(Scope scope, Condition condition, int limit) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<Task> t = q.from(Task.class);
    Join<Task, Department> lead = t.join("leadDepartment");
    Path<LocalDate> deadline = t.get("deadline");
    q.multiselect(
            t.get("id"),
            t.get("title"),
            t.get("workstream"),
            lead.get("name"),
            deadline,
            t.get("status"),
            t.get("completedOn"),
            t.get("progress"),
            t.get("confidentiality"))
        .where(scope.where(t, q, cb), condition.of(t, cb))
        .orderBy(cb.asc(deadline), cb.asc(t.get("id")));
    List<Dashboard.TaskLine> lines = new ArrayList<>();
    for (Tuple row : em.createQuery(q).setMaxResults(limit).getResultList()) {
      LocalDate due = row.get(4, LocalDate.class);
      TaskStatus status = row.get(5, TaskStatus.class);
      lines.add(
          new Dashboard.TaskLine(
              row.get(0, Long.class),
              row.get(1, String.class),
              row.get(2, Workstream.class),
              row.get(3, String.class),
              due,
              status,
              DeadlineStatus.of(
                  status, due, row.get(6, LocalDate.class), scope.day(), scope.dueSoonDays()),
              row.get(7, Integer.class),
              row.get(8, Clearance.class),
              ChronoUnit.DAYS.between(scope.day(), due)));
    }
    return lines;
  }
}
