package vn.congressplanner.task;

import org.springframework.stereotype.Component;
import vn.congressplanner.task.internal.TaskRepository;

/**
 * The plan's change stamp: a number that moves whenever a change to a task commits, on any instance
 * (PostgreSQL counts the committing transactions in {@code plan_change}, see V70). Caches of what
 * depends on the tasks — the list's total ({@link TaskTotals}), the dashboard's aggregates — keep
 * an entry only while the stamp is the one it was computed at, so that a change made on one
 * instance shows at the next request on every other.
 *
 * <p>It used to be the latest {@code task.updated_at}: a time from the clock of whichever instance
 * wrote. A write from an instance whose clock is behind another's, or a transaction that commits
 * after one stamped later, left that maximum where it was, and the other instances served their old
 * numbers until the TTL. One primary-key lookup per request, as the index lookup was.
 */
@Component
public class PlanChanges {

  private final TaskRepository tasks;

  PlanChanges(TaskRepository tasks) {
    this.tasks = tasks;
  }

  /** The current stamp; read it before computing what it guards. */
  public long stamp() {
    return tasks.planChanges();
  }
}
