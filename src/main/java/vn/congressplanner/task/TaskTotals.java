package vn.congressplanner.task;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.congressplanner.account.Clearance;

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

  private record Entry(long stamp, long total, long expiresAtNanos) {}

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
  private final long ttlNanos;

  TaskTotals(@Value("${planner.tasks.total-ttl:60s}") java.time.Duration ttl) {
    this.ttlNanos = ttl.toNanos();
  }

  long total(Key key, long stamp, LongSupplier count) {
    if (ttlNanos <= 0) {
      return count.getAsLong();
    }
    long now = System.nanoTime();
    Entry entry = entries.get(key);
    if (entry != null && entry.stamp() == stamp && now - entry.expiresAtNanos() < 0) {
      return entry.total();
    }
    long total = count.getAsLong();
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear(); // many distinct searches: start over rather than grow without bound
    }
    entries.put(key, new Entry(stamp, total, now + ttlNanos));
    return total;
  }

  int size() {
    return entries.size();
  }
}
