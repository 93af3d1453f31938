package vn.congressplanner.task;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.congress.DeadlineAnchor;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.department.Department;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.system.NotFoundException;
import vn.congressplanner.system.Texts;
import vn.congressplanner.system.Today;

/**
 * Tasks as flat rows for the JSON API and the exports: the list's filter ({@link
 * TaskSpecifications#matching}), only the columns shown, no entities loaded. Pages cost three
 * statements (the plan stamp, rows, their cooperating departments; the count only when the plan
 * changed, see {@link TaskTotals}); exports walk the list in keyset order (deadline, id) a batch at
 * a time, so that memory stays bounded whatever the size.
 */
@Service
@Transactional(readOnly = true)
public class TaskRows {

  /** Rows per statement in an export. */
  static final int BATCH = 1000;

  /** API sort keys and the task attribute each sorts by. */
  static final Set<String> SORTABLE =
      Set.of(
          "id",
          "title",
          "workstream",
          "phase",
          "deadline",
          "startDate",
          "status",
          "progress",
          "completedOn",
          "priority");

  private final EntityManager em;
  private final CongressService congresses;
  private final Today today;
  private final TaskTotals totals;
  private final PlanChanges planChanges;

  TaskRows(
      EntityManager em,
      CongressService congresses,
      Today today,
      TaskTotals totals,
      PlanChanges planChanges) {
    this.em = em;
    this.congresses = congresses;
    this.today = today;
    this.totals = totals;
    this.planChanges = planChanges;
  }

  public record Ref(long id, String name) {}

  public record Row(
      long id,
      String title,
      String description,
      Workstream workstream,
      Phase phase,
      Ref leadDepartment,
      List<Ref> cooperatingDepartments,
      Ref milestone,
      LocalDate startDate,
      LocalDate deadline,
      TaskStatus status,
      DeadlineStatus deadlineStatus,
      long daysOverdue,
      int progress,
      LocalDate completedOn,
      String resultNote,
      Priority priority,
      Clearance confidentiality,
      DeadlineAnchor deadlineAnchor,
      Integer deadlineOffsetDays,
      Instant createdAt) {

    /** "D−30 (24/08/2020)", or the date of a fixed deadline. */
    public String deadlineText() {
      return (deadlineAnchor == null ? DeadlineAnchor.FIXED : deadlineAnchor)
          .describe(deadlineOffsetDays, deadline);
    }

    /** "D−30" or "C+7" for a relative deadline (D13), null for a fixed one. */
    public String deadlineCode() {
      return deadlineAnchor == null ? null : deadlineAnchor.code(deadlineOffsetDays);
    }
  }

  /** One page of the current congress's tasks that {@code clearance} may see and match. */
  public Page<Row> page(TaskFilter filter, Clearance clearance, Pageable pageable) {
    Scope scope = scope(filter, clearance);
    // The exact total, counted once per plan change as the list's is (TaskTotals): counting
    // ~100,000 visible tasks on every call cost ~14 ms of PostgreSQL CPU (issue 12's benchmark).
    long total =
        totals.total(
            new TaskTotals.Key(
                scope.congressId(), clearance, filter, scope.day(), scope.dueSoonDays()),
            planChanges.stamp(),
            () -> count(scope));
    if (total == 0 || pageable.getOffset() >= total) {
      return new PageImpl<>(List.of(), pageable, total);
    }
    List<Row> rows =
        select(
            scope,
            (t, cb) -> null,
            (t, cb) -> orders(t, cb, pageable.getSort()),
            (int) pageable.getOffset(),
            pageable.getPageSize());
    return new PageImpl<>(rows, pageable, total);
  }

  /** One task by id, in any congress, or 404 when missing or above {@code clearance}. */
  public Row get(long id, Clearance clearance) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<Task> t = q.from(Task.class);
    q.where(cb.equal(t.get("id"), id), TaskSpecifications.visibleTo(t, clearance));
    List<Row> rows = rows(q, t, cb, today.date(), 0, 1);
    return rows.stream().findFirst().orElseThrow(() -> new NotFoundException("task", id));
  }

  /** What an export of {@code filter} will leave out: classified tasks the viewer could see. */
  public record ExportPlan(long congressId, long excluded) {}

  /**
   * Writes every matching task that is not classified to {@code sink}, in deadline order, inside
   * one read-only repeatable-read transaction so that the file is one consistent snapshot.
   * Classified tasks are never exported, whatever the viewer's clearance; how many of those the
   * viewer could see is handed to {@code start} before the first row.
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public void export(
      TaskFilter filter, Clearance clearance, Consumer<ExportPlan> start, Consumer<Row> sink) {
    Scope visible = scope(filter, clearance);
    long excluded =
        clearance == Clearance.NORMAL
            ? 0
            : count(visible, (t, cb) -> cb.notEqual(t.get("confidentiality"), Clearance.NORMAL));
    start.accept(new ExportPlan(visible.congressId(), excluded));
    Scope normal =
        new Scope(
            filter, visible.congressId(), Clearance.NORMAL, visible.day(), visible.dueSoonDays());
    LocalDate lastDeadline = null;
    long lastId = 0;
    while (true) {
      LocalDate afterDeadline = lastDeadline;
      long afterId = lastId;
      List<Row> batch =
          select(
              normal,
              (t, cb) -> afterDeadline == null ? null : after(t, cb, afterDeadline, afterId),
              (t, cb) -> List.of(cb.asc(t.get("deadline")), cb.asc(t.get("id"))),
              0,
              BATCH);
      batch.forEach(sink);
      if (batch.size() < BATCH) {
        return;
      }
      Row last = batch.get(batch.size() - 1);
      lastDeadline = last.deadline();
      lastId = last.id();
      em.clear();
    }
  }

  /** Keyset condition: strictly after (deadline, id) in (deadline, id) order. */
  private static Predicate after(Root<Task> t, CriteriaBuilder cb, LocalDate deadline, long id) {
    Path<LocalDate> d = t.get("deadline");
    return cb.or(
        cb.greaterThan(d, deadline),
        cb.and(cb.equal(d, deadline), cb.greaterThan(t.get("id"), id)));
  }

  record Scope(
      TaskFilter filter, long congressId, Clearance clearance, LocalDate day, int dueSoonDays) {

    Predicate where(Root<Task> t, CriteriaQuery<?> q, CriteriaBuilder cb) {
      return TaskSpecifications.matching(filter, congressId, clearance, day, dueSoonDays)
          .toPredicate(t, q, cb);
    }
  }

  private Scope scope(TaskFilter filter, Clearance clearance) {
    long congressId = congresses.current().getId();
    LocalDate day = filter.asOf() != null ? filter.asOf() : today.date();
    return new Scope(filter, congressId, clearance, day, today.dueSoonDays());
  }

  private interface Condition {
    Predicate of(Root<Task> t, CriteriaBuilder cb);
  }

  private interface Orders {
    List<Order> of(Root<Task> t, CriteriaBuilder cb);
  }

  private long count(Scope scope) {
    return count(scope, (t, cb) -> null);
  }

  private long count(Scope scope, Condition extra) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<Task> t = q.from(Task.class);
    Predicate more = extra.of(t, cb);
    Predicate where = scope.where(t, q, cb);
    q.select(cb.count(t)).where(more == null ? where : cb.and(where, more));
    return em.createQuery(q).getSingleResult();
  }

  private List<Row> select(Scope scope, Condition extra, Orders orders, int offset, int limit) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> q = cb.createTupleQuery();
    Root<Task> t = q.from(Task.class);
    Predicate more = extra.of(t, cb);
    Predicate where = scope.where(t, q, cb);
    q.where(more == null ? where : cb.and(where, more)).orderBy(orders.of(t, cb));
    return rows(q, t, cb, scope.day(), offset, limit);
  }

  private List<Row> rows(
      CriteriaQuery<Tuple> q,
      Root<Task> t,
      CriteriaBuilder cb,
      LocalDate day,
      int offset,
      int limit) {
    Join<Task, Department> lead = t.join("leadDepartment");
    Join<Task, Milestone> milestone = t.join("milestone", JoinType.LEFT);
    q.multiselect(
        t.get("id"),
        t.get("title"),
        t.get("description"),
        t.get("workstream"),
        t.get("phase"),
        lead.get("id"),
        lead.get("name"),
        milestone.get("id"),
        milestone.get("title"),
        t.get("startDate"),
        t.get("deadline"),
        t.get("status"),
        t.get("progress"),
        t.get("completedOn"),
        t.get("resultNote"),
        t.get("priority"),
        t.get("confidentiality"),
        t.get("deadlineAnchor"),
        t.get("deadlineOffsetDays"),
        t.get("createdAt"));
    List<Tuple> tuples =
        em.createQuery(q).setFirstResult(offset).setMaxResults(limit).getResultList();
    Map<Long, List<Ref>> cooperating =
        cooperating(tuples.stream().map(r -> r.get(0, Long.class)).toList());
    int dueSoonDays = today.dueSoonDays();
    List<Row> rows = new ArrayList<>(tuples.size());
    for (Tuple r : tuples) {
      long id = r.get(0, Long.class);
      LocalDate deadline = r.get(10, LocalDate.class);
      TaskStatus status = r.get(11, TaskStatus.class);
      LocalDate completedOn = r.get(13, LocalDate.class);
      DeadlineStatus deadlineStatus =
          DeadlineStatus.of(status, deadline, completedOn, day, dueSoonDays);
      Long milestoneId = r.get(7, Long.class);
      rows.add(
          new Row(
              id,
              r.get(1, String.class),
              r.get(2, String.class),
              r.get(3, Workstream.class),
              r.get(4, Phase.class),
              new Ref(r.get(5, Long.class), r.get(6, String.class)),
              cooperating.getOrDefault(id, List.of()),
              milestoneId == null ? null : new Ref(milestoneId, r.get(8, String.class)),
              r.get(9, LocalDate.class),
              deadline,
              status,
              deadlineStatus,
              deadlineStatus == DeadlineStatus.OVERDUE
                  ? DeadlineStatus.daysOverdue(deadline, day)
                  : 0,
              r.get(12, Integer.class),
              completedOn,
              r.get(14, String.class),
              r.get(15, Priority.class),
              r.get(16, Clearance.class),
              r.get(17, DeadlineAnchor.class),
              r.get(18, Integer.class),
              r.get(19, Instant.class)));
    }
    return rows;
  }

  /** Cooperating departments of the given tasks, in Vietnamese name order: one statement. */
  private Map<Long, List<Ref>> cooperating(Collection<Long> taskIds) {
    Map<Long, List<Ref>> byTask = new HashMap<>();
    if (taskIds.isEmpty()) {
      return byTask;
    }
    List<Tuple> pairs =
        em.createQuery(
                "select t.id, d.id, d.name from Task t join t.cooperatingDepartments d"
                    + " where t.id in :ids",
                Tuple.class)
            .setParameter("ids", taskIds)
            .getResultList();
    for (Tuple p : pairs) {
      byTask
          .computeIfAbsent(p.get(0, Long.class), k -> new ArrayList<>())
          .add(new Ref(p.get(1, Long.class), p.get(2, String.class)));
    }
    byTask
        .values()
        .forEach(refs -> refs.sort((a, b) -> Texts.VIETNAMESE_ORDER.compare(a.name(), b.name())));
    return byTask;
  }

  private static List<Order> orders(Root<Task> t, CriteriaBuilder cb, Sort sort) {
    List<Order> orders = new ArrayList<>();
    boolean byId = false;
    for (Sort.Order o : sort) {
      if (!SORTABLE.contains(o.getProperty())) {
        continue;
      }
      Path<?> path = t.get(o.getProperty());
      orders.add(o.isAscending() ? cb.asc(path) : cb.desc(path));
      byId |= o.getProperty().equals("id");
    }
    if (orders.isEmpty()) {
      orders.add(cb.asc(t.get("deadline")));
    }
    if (!byId) {
      orders.add(cb.asc(t.get("id")));
    }
    return orders;
  }

  /**
   * Sort from {@code "deadline"}, {@code "deadline,desc"} or {@code "-deadline"}; unknown keys
   * ignored.
   */
  public static Sort parseSort(List<String> values) {
    List<Sort.Order> orders = new ArrayList<>();
    if (values != null) {
      for (String value : values) {
        if (value == null || value.isBlank()) {
          continue;
        }
        String[] parts = value.trim().split(",");
        String property = parts[0].trim();
        boolean desc = property.startsWith("-");
        if (desc) {
          property = property.substring(1);
        }
        if (parts.length > 1 && parts[1].trim().equalsIgnoreCase("desc")) {
          desc = true;
        }
        if (SORTABLE.contains(property)) {
          orders.add(desc ? Sort.Order.desc(property) : Sort.Order.asc(property));
        }
      }
    }
    return Sort.by(orders);
  }

  /** Whether a current congress exists (the API answers 404 otherwise). */
  public Optional<Long> currentCongress() {
    return congresses.currentIfAny().map(c -> c.getId());
  }
}
