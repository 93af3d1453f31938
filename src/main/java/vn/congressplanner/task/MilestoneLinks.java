package vn.congressplanner.task;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.milestone.BlockingTasks;
import vn.congressplanner.milestone.LinkedTasks;
import vn.congressplanner.milestone.TaskRef;
import vn.congressplanner.system.Today;

/**
 * The task side of the milestone pages and of rule D8, for the milestone module through its
 * published {@link LinkedTasks}: grouped counts and one page of rows, asked of the database.
 */
@Component
@Transactional(readOnly = true)
class MilestoneLinks implements LinkedTasks {

  private final MilestoneLinkQueries queries;
  private final Today today;

  MilestoneLinks(MilestoneLinkQueries queries, Today today) {
    this.queries = queries;
    this.today = today;
  }

  @Override
  public Map<Long, Progress> progress(long congressId, Clearance reader) {
    return queries
        .linkedCounts(congressId, visibleLevels(reader), TaskStatus.DONE, TaskStatus.CANCELLED)
        .stream()
        .collect(
            Collectors.toMap(
                MilestoneLinkQueries.LinkedCount::getMilestoneId,
                c -> new Progress(c.getDone() == null ? 0 : c.getDone(), c.getTotal())));
  }

  @Override
  public List<Linked> of(long milestoneId, Clearance reader) {
    LocalDate day = today.date();
    return queries.linkedTasks(milestoneId, visibleLevels(reader)).stream()
        .map(
            t -> {
              DeadlineStatus status = t.deadlineStatusOn(day, today.dueSoonDays());
              return new Linked(
                  t.getId(),
                  t.getTitle(),
                  t.getLeadDepartment().getName(),
                  t.getDeadline(),
                  t.getStatus().name(),
                  t.getProgress(),
                  status == null ? null : status.name(),
                  DeadlineStatus.daysOverdue(t.getDeadline(), day));
            })
        .toList();
  }

  @Override
  public BlockingTasks dueAfter(
      long milestoneId, LocalDate date, Clearance reader, boolean mentionHidden) {
    List<TaskRef> blocking = queries.linkedTasksDueAfter(milestoneId, date);
    return BlockingTasks.visibleOnly(blocking, reader, mentionHidden);
  }

  /** Confidentiality: what the reader may see (a task above it does not exist for them). */
  static List<Clearance> visibleLevels(Clearance reader) {
    Clearance clearance = reader == null ? Clearance.NORMAL : reader;
    return Arrays.stream(Clearance.values()).filter(clearance::covers).toList();
  }
}
