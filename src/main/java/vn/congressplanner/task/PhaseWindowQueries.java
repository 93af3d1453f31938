package vn.congressplanner.task;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.milestone.TaskRef;

/**
 * Rule D9 in SQL: the tasks of a congress whose deadline would leave their phase's window (D1) if
 * the opening or closing date moved. Counted and listed in the database, never by loading every
 * task.
 */
interface PhaseWindowQueries extends Repository<Task, Long> {

  /** A cancelled task no longer has a deadline to keep: it never blocks a move of the dates. */
  String NOT_CANCELLED = " and t.status <> vn.congressplanner.task.TaskStatus.CANCELLED";

  /** D9 guards fixed deadlines; relative ones follow the move and are checked by D13. */
  String FIXED_ONLY = " and t.deadlineAnchor = vn.congressplanner.congress.DeadlineAnchor.FIXED";

  /** A new opening date breaks BEFORE tasks due on or after it and DURING tasks due before it. */
  String BREAKING_OPENING =
      " from Task t where t.congress.id = :congressId"
          + NOT_CANCELLED
          + FIXED_ONLY
          + " and ((t.phase = :before and t.deadline >= :opening)"
          + " or (t.phase = :during and t.deadline < :opening))";

  /** A new closing date breaks DURING tasks due after it and AFTER tasks due on or before it. */
  String BREAKING_CLOSING =
      " from Task t where t.congress.id = :congressId"
          + NOT_CANCELLED
          + FIXED_ONLY
          + " and ((t.phase = :during and t.deadline > :closing)"
          + " or (t.phase = :after and t.deadline <= :closing))";

  String REF =
      "select t.id as id, t.title as title, t.deadline as deadline,"
          + " t.confidentiality as confidentiality";

  /**
   * The congress's tasks that a move of its dates touches (D13): those with a relative deadline,
   * and those linked to a milestone with a relative due date; with their milestones.
   */
  @Query(
      "select t from Task t left join fetch t.milestone m where t.congress.id = :congressId"
          + " and (t.deadlineAnchor <> vn.congressplanner.congress.DeadlineAnchor.FIXED"
          + " or m.dueAnchor <> vn.congressplanner.congress.DeadlineAnchor.FIXED)"
          + " order by t.deadline, t.id")
  List<Task> followingCongress(@Param("congressId") long congressId);

  @Query("select count(t)" + BREAKING_OPENING)
  long countBreakingOpening(
      @Param("congressId") long congressId,
      @Param("opening") LocalDate opening,
      @Param("before") Phase before,
      @Param("during") Phase during);

  @Query(REF + BREAKING_OPENING + " and t.confidentiality in :levels order by t.deadline, t.id")
  List<TaskRef> breakingOpening(
      @Param("congressId") long congressId,
      @Param("opening") LocalDate opening,
      @Param("before") Phase before,
      @Param("during") Phase during,
      @Param("levels") Collection<Clearance> levels,
      Pageable page);

  @Query("select count(t)" + BREAKING_CLOSING)
  long countBreakingClosing(
      @Param("congressId") long congressId,
      @Param("closing") LocalDate closing,
      @Param("during") Phase during,
      @Param("after") Phase after);

  @Query(REF + BREAKING_CLOSING + " and t.confidentiality in :levels order by t.deadline, t.id")
  List<TaskRef> breakingClosing(
      @Param("congressId") long congressId,
      @Param("closing") LocalDate closing,
      @Param("during") Phase during,
      @Param("after") Phase after,
      @Param("levels") Collection<Clearance> levels,
      Pageable page);
}
