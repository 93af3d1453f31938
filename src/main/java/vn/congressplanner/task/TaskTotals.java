package vn.congressplanner.task;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.system.StampedCache;

/**
 * The task list's total ("37 nhiệm vụ"), counted once per (congress, clearance, filter, day) and
 * plan change, then reused: counting ~100,000 visible tasks was the list's largest single cost
 * (issue 12). An entry is used only while the plan's change stamp ({@link PlanChanges}, counted by
 * the database) is the one it was counted at, so an edit on any instance shows in the next
 * request's total everywhere; the TTL ({@code planner.tasks.total-ttl}, 0 turns caching off) bounds
 * what the stamp cannot see (a renamed department's search text).
 */
@Component
class TaskTotals {

  static final int MAX_ENTRIES = 2048;

  record Key(long congressId, Clearance clearance, TaskFilter filter, LocalDate day, int dueSoon) {}

  private final StampedCache<Key, Long> entries;

  TaskTotals(@Value("${planner.tasks.total-ttl:60s}") Duration ttl) {
    this.entries = new StampedCache<>(ttl, MAX_ENTRIES);
  }

  long total(Key key, long stamp, LongSupplier count) {
    return entries.get(key, stamp, count::getAsLong);
  }

  int size() {
    return entries.size();
  }
}
