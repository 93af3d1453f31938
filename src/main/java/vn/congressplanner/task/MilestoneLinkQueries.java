package vn.congressplanner.task;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.milestone.TaskRef;

/** The queries behind {@link MilestoneLinks}: grouped counts and the rows one page shows. */
interface MilestoneLinkQueries extends Repository<Task, Long> {

  /** Linked tasks done / total per milestone, one grouped query; cancelled tasks left out. */
  @Query(
      "select t.milestone.id as milestoneId, count(t) as total,"
          + " sum(case when t.status = :done then 1 else 0 end) as done"
          + " from Task t where t.congress.id = :congressId and t.milestone is not null"
          + " and t.status <> :cancelled and t.confidentiality in :levels"
          + " group by t.milestone.id")
  List<LinkedCount> linkedCounts(
      @Param("congressId") long congressId,
      @Param("levels") Collection<Clearance> levels,
      @Param("done") TaskStatus done,
      @Param("cancelled") TaskStatus cancelled);

  @Query(
      "select t from Task t join fetch t.leadDepartment where t.milestone.id = :milestoneId"
          + " and t.confidentiality in :levels order by t.deadline, t.id")
  List<Task> linkedTasks(
      @Param("milestoneId") long milestoneId, @Param("levels") Collection<Clearance> levels);

  /** Rule D8: the linked tasks whose deadline falls after {@code date}. */
  @Query(
      "select t.id as id, t.title as title, t.deadline as deadline,"
          + " t.confidentiality as confidentiality from Task t"
          + " where t.milestone.id = :milestoneId and t.deadline > :date"
          + " order by t.deadline desc, t.id")
  List<TaskRef> linkedTasksDueAfter(
      @Param("milestoneId") long milestoneId, @Param("date") LocalDate date);

  interface LinkedCount {
    Long getMilestoneId();

    long getTotal();

    Long getDone();
  }
}
