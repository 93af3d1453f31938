package vn.congressplanner.task;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.CongressService;

/**
 * The deadlines of the plan as other modules need them to remind people: open tasks with their
 * departments and confidentiality, the titles of some tasks, and a department's unclassified
 * deadlines. Read-only projections in a few queries, never entities; access decisions (who may see
 * a title) stay with the caller, which has the confidentiality at hand.
 */
@Service
@Transactional(readOnly = true)
public class TaskDeadlines {

  /** A task that is neither done nor cancelled, with every department that works on it. */
  public record OpenTask(
      long id,
      String title,
      LocalDate deadline,
      Clearance confidentiality,
      long leadDepartmentId,
      Set<Long> cooperatingDepartmentIds) {}

  /** What a reminder shows of a task. */
  public record TaskHead(
      long id,
      String title,
      LocalDate deadline,
      Clearance confidentiality,
      long leadDepartmentId) {}

  /** A deadline on a department's calendar; {@code lead} when the department leads the task. */
  public record DepartmentDeadline(
      long id, String title, LocalDate deadline, TaskStatus status, boolean lead) {}

  private final EntityManager em;
  private final CongressService congresses;

  TaskDeadlines(EntityManager em, CongressService congresses) {
    this.em = em;
    this.congresses = congresses;
  }

  /** Tasks of the current congress that are not done or cancelled (two queries). */
  public List<OpenTask> openTasksOfCurrentCongress() {
    Long congressId = congresses.currentIfAny().map(c -> c.getId()).orElse(null);
    if (congressId == null) {
      return List.of();
    }
    List<Object[]> rows =
        em.createQuery(
                "select t.id, t.title, t.deadline, t.confidentiality, t.leadDepartment.id"
                    + " from Task t where t.congress.id = :congress and t.status in :open"
                    + " order by t.deadline, t.id",
                Object[].class)
            .setParameter("congress", congressId)
            .setParameter("open", List.of(TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS))
            .getResultList();
    Map<Long, Set<Long>> cooperating = new HashMap<>();
    em.createQuery(
            "select t.id, d.id from Task t join t.cooperatingDepartments d"
                + " where t.congress.id = :congress and t.status in :open",
            Object[].class)
        .setParameter("congress", congressId)
        .setParameter("open", List.of(TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS))
        .getResultList()
        .forEach(
            r ->
                cooperating
                    .computeIfAbsent((Long) r[0], k -> new LinkedHashSet<>())
                    .add((Long) r[1]));
    return rows.stream()
        .map(
            r ->
                new OpenTask(
                    (Long) r[0],
                    (String) r[1],
                    (LocalDate) r[2],
                    (Clearance) r[3],
                    (Long) r[4],
                    Set.copyOf(cooperating.getOrDefault((Long) r[0], Set.of()))))
        .toList();
  }

  /** The heads of the given tasks that still exist, by id (one query). */
  public Map<Long, TaskHead> heads(Collection<Long> ids) {
    Map<Long, TaskHead> heads = new LinkedHashMap<>();
    if (ids == null || ids.isEmpty()) {
      return heads;
    }
    em.createQuery(
            "select t.id, t.title, t.deadline, t.confidentiality, t.leadDepartment.id"
                + " from Task t where t.id in :ids",
            Object[].class)
        .setParameter("ids", Set.copyOf(ids))
        .getResultList()
        .forEach(
            r ->
                heads.put(
                    (Long) r[0],
                    new TaskHead(
                        (Long) r[0],
                        (String) r[1],
                        (LocalDate) r[2],
                        (Clearance) r[3],
                        (Long) r[4])));
    return heads;
  }

  /**
   * Deadlines of the current congress's tasks that the department leads or cooperates on, never a
   * classified one and never a cancelled one, by deadline.
   */
  public List<DepartmentDeadline> unclassifiedDeadlinesOf(long departmentId) {
    Long congressId = congresses.currentIfAny().map(c -> c.getId()).orElse(null);
    if (congressId == null) {
      return List.of();
    }
    return em
        .createQuery(
            "select distinct t.id, t.title, t.deadline, t.status, t.leadDepartment.id from Task t"
                + " left join t.cooperatingDepartments d"
                + " where t.congress.id = :congress and t.confidentiality = :normal"
                + " and t.status <> :cancelled"
                + " and (t.leadDepartment.id = :department or d.id = :department)"
                + " order by t.deadline, t.id",
            Object[].class)
        .setParameter("congress", congressId)
        .setParameter("normal", Clearance.NORMAL)
        .setParameter("cancelled", TaskStatus.CANCELLED)
        .setParameter("department", departmentId)
        .getResultList()
        .stream()
        .map(
            r ->
                new DepartmentDeadline(
                    (Long) r[0],
                    (String) r[1],
                    (LocalDate) r[2],
                    (TaskStatus) r[3],
                    ((Long) r[4]) == departmentId))
        .toList();
  }
}
