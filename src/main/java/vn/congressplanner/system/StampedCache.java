package vn.congressplanner.system;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values computed once per key and reused while the stamp they were computed at is still the
 * current one — a stamp is whatever moves when the inputs change (the plan's change counter, the
 * departments' versions), read by the caller <em>before</em> it computes, so that a change that
 * commits meanwhile makes the next request miss rather than keep a stale value. The TTL bounds what
 * no stamp sees; a zero TTL turns caching off. Many distinct keys (searches) start the map over
 * rather than let it grow without bound.
 *
 * @param <K> what the value depends on besides the stamp (congress, clearance, filter, day …)
 * @param <V> the value
 */
public final class StampedCache<K, V> {

  private record Entry<V>(Object stamp, V value, long expiresAtNanos) {}

  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final long ttlNanos;
  private final int maxEntries;

  public StampedCache(Duration ttl, int maxEntries) {
    this.ttlNanos = ttl.toNanos();
    this.maxEntries = maxEntries;
  }

  /** The value for {@code key} computed at {@code stamp}, computing it when there is none. */
  public V get(K key, Object stamp, Supplier<V> compute) {
    if (ttlNanos <= 0) {
      return compute.get();
    }
    long now = System.nanoTime();
    Entry<V> entry = entries.get(key);
    if (entry != null && Objects.equals(entry.stamp(), stamp) && now - entry.expiresAtNanos() < 0) {
      return entry.value();
    }
    V value = compute.get();
    if (entries.size() >= maxEntries) {
      entries.clear();
    }
    entries.put(key, new Entry<>(stamp, value, now + ttlNanos));
    return value;
  }

  public int size() {
    return entries.size();
  }
}
