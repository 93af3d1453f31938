package vn.congressplanner.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.CongressDatesChanged;
import vn.congressplanner.milestone.MilestoneApproved;
import vn.congressplanner.milestone.MilestoneReturned;
import vn.congressplanner.milestone.MilestoneSubmitted;
import vn.congressplanner.task.TaskCompleted;
import vn.congressplanner.task.TaskCreated;
import vn.congressplanner.task.TaskDeadlineMoved;

/**
 * Keeps the task aggregates of recent dashboard requests. An entry is used only while the plan's
 * change stamp ({@link vn.congressplanner.task.PlanChanges}, counted by the database at each
 * committed task change) is the one it was computed at, so that an edit on any instance shows at
 * the next request everywhere; the TTL ({@code planner.dashboard.cache-ttl}, 0 turns caching off)
 * bounds what the stamp cannot see: a renamed department. Counts depend on the viewer only through
 * their clearance and on the day, so those form the key: users of the same clearance share entries,
 * and nothing crosses clearances.
 *
 * <p>Requests that miss at the same time wait for one computation instead of each running the
 * aggregates (after an edit, every open dashboard would otherwise recompute at once).
 */
@Component
class DashboardCache {

  /** Enough for every clearance on a few dozen "as of" days; beyond it expired entries go. */
  static final int MAX_ENTRIES = 256;

  record Key(long congressId, Clearance clearance, LocalDate day, int dueSoonDays) {}

  private record Entry(long stamp, CompletableFuture<Object> value, long expiresAtNanos) {

    boolean usableFor(long current, long now) {
      return stamp == current && now - expiresAtNanos < 0 && !value.isCompletedExceptionally();
    }
  }

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
  private final long ttlNanos;

  DashboardCache(@Value("${planner.dashboard.cache-ttl:30s}") Duration ttl) {
    this.ttlNanos = ttl.toNanos();
  }

  @SuppressWarnings("unchecked")
  <T> T get(Key key, long stamp, Supplier<T> compute) {
    if (ttlNanos <= 0) {
      return compute.get();
    }
    long now = System.nanoTime();
    Entry mine = new Entry(stamp, new CompletableFuture<>(), now + ttlNanos);
    Entry entry =
        entries.compute(key, (k, old) -> old != null && old.usableFor(stamp, now) ? old : mine);
    if (entry != mine) {
      try {
        return (T) entry.value().join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    try {
      T value = compute.get();
      mine.value().complete(value);
      return value;
    } catch (RuntimeException e) {
      entries.remove(key, mine);
      mine.value().completeExceptionally(e);
      throw e;
    } finally {
      trim(now);
    }
  }

  private void trim(long now) {
    if (entries.size() > MAX_ENTRIES) {
      entries.values().removeIf(e -> now - e.expiresAtNanos() >= 0);
      if (entries.size() > MAX_ENTRIES) {
        entries.clear();
      }
    }
  }

  int size() {
    return entries.size();
  }

  /** Drops what was computed for a congress: its plan changed. */
  void evict(long congressId) {
    entries.keySet().removeIf(k -> k.congressId() == congressId);
  }

  // The change stamp already keeps a changed plan from being served on any instance; these
  // listeners free this instance's stale entries at once. Idempotent: evicting twice is harmless.

  @ApplicationModuleListener
  void on(TaskCreated event) {
    evict(event.congressId());
  }

  @ApplicationModuleListener
  void on(TaskDeadlineMoved event) {
    evict(event.congressId());
  }

  @ApplicationModuleListener
  void on(TaskCompleted event) {
    evict(event.congressId());
  }

  @ApplicationModuleListener
  void on(MilestoneSubmitted event) {
    evict(event.congressId());
  }

  @ApplicationModuleListener
  void on(MilestoneReturned event) {
    evict(event.congressId());
  }

  @ApplicationModuleListener
  void on(MilestoneApproved event) {
    evict(event.congressId());
  }

  @ApplicationModuleListener
  void on(CongressDatesChanged event) {
    evict(event.congressId());
  }
}
