package vn.congressplanner.task.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.congressplanner.task.Task;
import vn.congressplanner.task.TaskStatus;

public interface TaskRepository extends JpaRepository<Task, Long>, JpaSpecificationExecutor<Task> {

  List<Task> findByMilestoneId(Long milestoneId);

  long countByCongressId(Long congressId);

  /**
   * A progress report's effect on its task, as one row update that needs no version (issue 11 §8):
   * concurrent reports queue on the row lock instead of failing, and the last one to commit sets
   * the progress. A task not started yet starts with a progress above zero; a task that was closed
   * in the meantime is left alone (0 rows). The version still moves on, so an edit form opened
   * before the report is refused as stale instead of writing an old progress back.
   */
  @Modifying(flushAutomatically = true)
  @Query(
      "update Task t set t.progress = :progress,"
          + " t.status = case when t.status = :notStarted and :progress > 0 then :inProgress"
          + " else t.status end,"
          + " t.updatedBy = :actor, t.updatedAt = :at, t.version = t.version + 1"
          + " where t.id = :id and t.status not in :closed")
  int reportProgress(
      @Param("id") long id,
      @Param("progress") int progress,
      @Param("actor") String actor,
      @Param("at") Instant at,
      @Param("notStarted") TaskStatus notStarted,
      @Param("inProgress") TaskStatus inProgress,
      @Param("closed") Collection<TaskStatus> closed);

  /** The plan's change stamp: committed task-writing transactions, counted by the database. */
  @Query(value = "select changes from plan_change where id = 1", nativeQuery = true)
  long planChanges();

  /** A task with everything its detail page shows, in one query. */
  @Query(
      "select t from Task t join fetch t.congress join fetch t.leadDepartment"
          + " left join fetch t.milestone left join fetch t.cooperatingDepartments where t.id = :id")
  Optional<Task> findWithDetailsById(Long id);

  /**
   * Every task of a congress at or below these confidentiality levels, with the departments and the
   * milestone (a plan copy reads the whole source plan in one query).
   */
  @Query(
      "select distinct t from Task t join fetch t.leadDepartment left join fetch t.milestone"
          + " left join fetch t.cooperatingDepartments"
          + " where t.congress.id = :congressId and t.confidentiality in :levels"
          + " order by t.deadline, t.id")
  List<Task> planOf(
      @Param("congressId") long congressId,
      @Param("levels") Collection<vn.congressplanner.account.Clearance> levels);

  @Query(
      "select count(t) from Task t where t.congress.id = :congressId"
          + " and t.confidentiality not in :levels")
  long countAbove(
      @Param("congressId") long congressId,
      @Param("levels") Collection<vn.congressplanner.account.Clearance> levels);
}
