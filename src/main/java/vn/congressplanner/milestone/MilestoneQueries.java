package vn.congressplanner.milestone;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Read-side queries of the milestone pages and rules: each asks the database for exactly what is
 * shown or checked (fetch joins, grouped counts), so that no page loads tasks one milestone at a
 * time.
 */
interface MilestoneQueries extends Repository<Milestone, Long> {

  @Query(
      "select m from Milestone m join fetch m.responsibleDepartment"
          + " where m.congress.id = :congressId order by m.dueDate, m.id")
  List<Milestone> listOfCongress(@Param("congressId") long congressId);

  @Query("select m from Milestone m join fetch m.responsibleDepartment where m.id = :id")
  Optional<Milestone> withDepartment(@Param("id") long id);

  /** The congress's milestones with a relative due date (D13). */
  @Query(
      "select m from Milestone m where m.congress.id = :congressId"
          + " and m.dueAnchor <> vn.congressplanner.congress.DeadlineAnchor.FIXED"
          + " order by m.dueDate, m.id")
  List<Milestone> relativeOfCongress(@Param("congressId") long congressId);
}
