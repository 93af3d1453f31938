package vn.congressplanner.budget;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import vn.congressplanner.milestone.DeliverableKind;
import vn.congressplanner.milestone.Milestone;

/**
 * The two reads of milestones the budget needs and the milestone service does not offer: the
 * estimates of a congress, and the estimate read under a shared lock. Read only: the milestone's
 * state changes only through the milestone service.
 */
interface EstimateMilestones extends Repository<Milestone, Long> {

  @Query(
      "select m from Milestone m join fetch m.responsibleDepartment"
          + " where m.congress.id = :congressId and m.kind = :kind order by m.dueDate, m.id")
  List<Milestone> ofCongress(
      @Param("congressId") long congressId, @Param("kind") DeliverableKind kind);

  @Query(
      "select m from Milestone m join fetch m.congress join fetch m.responsibleDepartment"
          + " where m.id = :id")
  Optional<Milestone> find(@Param("id") long id);

  /**
   * The milestone under a shared row lock (PostgreSQL {@code FOR SHARE}) for the rest of the
   * transaction: a submission that runs at the same moment waits until this line change commits
   * (and its snapshot then includes it), or, having committed first, makes this change see {@code
   * SUBMITTED} and be refused (D10). Without it a line could slip in after the snapshot.
   */
  @Lock(LockModeType.PESSIMISTIC_READ)
  @Query("select m from Milestone m where m.id = :id")
  Optional<Milestone> lockForLineChange(@Param("id") long id);

  /**
   * The milestone under an exclusive row lock: taken by the snapshot of a submission before it
   * reads the lines, so that it waits for line changes in flight (they hold the shared lock) and
   * then sees them committed.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select m from Milestone m where m.id = :id")
  Optional<Milestone> lockForSnapshot(@Param("id") long id);
}
