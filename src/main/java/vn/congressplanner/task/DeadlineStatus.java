package vn.congressplanner.task;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Deadline status of a task on a given day (the government's task-tracking classification plus "due
 * soon"). Cancelled tasks have none. The same classification runs in SQL through {@link
 * TaskSpecifications#deadlineStatus}; {@link #of} is its reference.
 */
public enum DeadlineStatus {
  DONE_ON_TIME,
  DONE_LATE,
  OVERDUE,
  DUE_SOON,
  ON_TRACK;

  /**
   * Classifies a task as of {@code day}. A task completed after {@code day} counts as not yet done
   * on that day, so that an "as of" date shows the plan as it stood.
   *
   * @return {@code null} for a cancelled task
   */
  public static DeadlineStatus of(
      TaskStatus status,
      LocalDate deadline,
      LocalDate completedOn,
      LocalDate day,
      int dueSoonDays) {
    if (status == TaskStatus.CANCELLED) {
      return null;
    }
    boolean doneByDay =
        status == TaskStatus.DONE && completedOn != null && !completedOn.isAfter(day);
    if (doneByDay) {
      return completedOn.isAfter(deadline) ? DONE_LATE : DONE_ON_TIME;
    }
    if (day.isAfter(deadline)) {
      return OVERDUE;
    }
    return deadline.isAfter(day.plusDays(dueSoonDays)) ? ON_TRACK : DUE_SOON;
  }

  /** Days past the deadline on {@code day} (0 when not late). */
  public static long daysOverdue(LocalDate deadline, LocalDate day) {
    return Math.max(0, ChronoUnit.DAYS.between(deadline, day));
  }

  public boolean isDone() {
    return this == DONE_ON_TIME || this == DONE_LATE;
  }
}
