package vn.congressplanner.milestone;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.congressplanner.account.Clearance;

/**
 * What the milestone module needs to know about the tasks linked to its milestones, implemented by
 * the task module (which depends on this one, not the other way round), as {@code
 * CongressDatesGuard} does for D9. Every answer respects the reader's clearance: a task above it is
 * absent, or counted without its title.
 */
public interface LinkedTasks {

  /** Linked tasks done and in all (cancelled ones left out) per milestone id of the congress. */
  Map<Long, Progress> progress(long congressId, Clearance reader);

  /** The tasks linked to a milestone that the reader may see, by deadline. */
  List<Linked> of(long milestoneId, Clearance reader);

  /**
   * Rule D8: the linked tasks due after {@code date}; the ones the reader may see named and
   * counted, the others only mentioned when {@code mentionHidden} (see {@link
   * BlockingTasks#visibleOnly}).
   */
  BlockingTasks dueAfter(long milestoneId, LocalDate date, Clearance reader, boolean mentionHidden);

  record Progress(long done, long total) {}

  /**
   * A linked task as the milestone page shows it: {@code status} and {@code deadlineStatus} are the
   * task module's enum names ({@code deadlineStatus} is {@code null} for a cancelled task).
   */
  record Linked(
      long id,
      String title,
      String leadDepartment,
      LocalDate deadline,
      String status,
      int progress,
      String deadlineStatus,
      long daysOverdue) {

    public boolean done() {
      return "DONE".equals(status);
    }

    public boolean cancelled() {
      return "CANCELLED".equals(status);
    }

    public boolean overdue() {
      return "OVERDUE".equals(deadlineStatus);
    }
  }
}
