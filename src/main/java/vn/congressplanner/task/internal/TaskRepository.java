package vn.congressplanner.task.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import vn.congressplanner.task.Task;

public interface TaskRepository extends JpaRepository<Task, Long>, JpaSpecificationExecutor<Task> {

  List<Task> findByMilestoneId(Long milestoneId);

  long countByCongressId(Long congressId);

  /** The plan's change stamp: the latest change to a task of the congress (one index lookup). */
  @Query("select max(t.updatedAt) from Task t where t.congress.id = :congressId")
  java.time.Instant lastChange(long congressId);

  /** A task with everything its detail page shows, in one query. */
  @Query(
      "select t from Task t join fetch t.congress join fetch t.leadDepartment"
          + " left join fetch t.milestone left join fetch t.cooperatingDepartments where t.id = :id")
  Optional<Task> findWithDetailsById(Long id);
}
