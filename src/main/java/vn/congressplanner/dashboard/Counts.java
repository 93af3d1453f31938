package vn.congressplanner.dashboard;

import java.util.EnumMap;
import java.util.Map;
import vn.congressplanner.task.DeadlineStatus;

/**
 * How many tasks a dashboard row holds: all of them ({@code total}, cancelled ones included, so
 * that it equals the unfiltered list), the cancelled ones, and the others per deadline status.
 */
public record Counts(long total, long cancelled, Map<DeadlineStatus, Long> byStatus) {

  public static final Counts ZERO = new Counts(0, 0, new EnumMap<>(DeadlineStatus.class));

  public Counts {
    EnumMap<DeadlineStatus, Long> complete = new EnumMap<>(DeadlineStatus.class);
    for (DeadlineStatus s : DeadlineStatus.values()) {
      complete.put(s, byStatus.getOrDefault(s, 0L));
    }
    byStatus = Map.copyOf(complete);
  }

  public long get(DeadlineStatus status) {
    return byStatus.get(status);
  }

  /** Tasks that have a deadline status (cancelled ones have none and are left out of rates). */
  public long active() {
    return total - cancelled;
  }

  public long done() {
    return get(DeadlineStatus.DONE_ON_TIME) + get(DeadlineStatus.DONE_LATE);
  }

  /** Share of active tasks done by the day, 0..1; {@code null} when there is no active task. */
  public Double completionRate() {
    return active() == 0 ? null : (double) done() / active();
  }

  /** Whole percent of active tasks, for tables; 0 when there is none. */
  public long percentOf(DeadlineStatus status) {
    return active() == 0 ? 0 : Math.round(100.0 * get(status) / active());
  }

  public Counts plus(Counts other) {
    EnumMap<DeadlineStatus, Long> sum = new EnumMap<>(DeadlineStatus.class);
    for (DeadlineStatus s : DeadlineStatus.values()) {
      sum.put(s, get(s) + other.get(s));
    }
    return new Counts(total + other.total, cancelled + other.cancelled, sum);
  }
}
