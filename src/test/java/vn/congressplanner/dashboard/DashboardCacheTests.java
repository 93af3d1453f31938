package vn.congressplanner.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.congressplanner.account.Clearance;

class DashboardCacheTests {

  static final LocalDate DAY = LocalDate.of(2019, 7, 15);
  static final long STAMP = 41;

  final AtomicInteger computed = new AtomicInteger();

  String compute() {
    return "value " + computed.incrementAndGet();
  }

  @Test
  void reusesAnEntryWhileThePlanIsUnchanged() {
    DashboardCache cache = new DashboardCache(Duration.ofMinutes(1));
    DashboardCache.Key key = new DashboardCache.Key(1, Clearance.SECRET, DAY, 7);
    assertThat(cache.get(key, STAMP, this::compute)).isEqualTo("value 1");
    assertThat(cache.get(key, STAMP, this::compute)).isEqualTo("value 1");
    assertThat(computed).hasValue(1);
  }

  @Test
  void recomputesWhenAnyTaskChanged() {
    DashboardCache cache = new DashboardCache(Duration.ofMinutes(1));
    DashboardCache.Key key = new DashboardCache.Key(1, Clearance.SECRET, DAY, 7);
    cache.get(key, STAMP, this::compute);
    assertThat(cache.get(key, STAMP + 1, this::compute)).isEqualTo("value 2");
  }

  @Test
  void neverSharesAcrossClearancesDaysOrCongresses() {
    DashboardCache cache = new DashboardCache(Duration.ofMinutes(1));
    cache.get(new DashboardCache.Key(1, Clearance.SECRET, DAY, 7), STAMP, this::compute);
    cache.get(new DashboardCache.Key(1, Clearance.NORMAL, DAY, 7), STAMP, this::compute);
    cache.get(
        new DashboardCache.Key(1, Clearance.SECRET, DAY.minusDays(1), 7), STAMP, this::compute);
    cache.get(new DashboardCache.Key(2, Clearance.SECRET, DAY, 7), STAMP, this::compute);
    cache.get(new DashboardCache.Key(1, Clearance.SECRET, DAY, 3), STAMP, this::compute);
    assertThat(computed).hasValue(5);
  }

  @Test
  void aZeroTtlTurnsCachingOff() {
    DashboardCache cache = new DashboardCache(Duration.ZERO);
    DashboardCache.Key key = new DashboardCache.Key(1, Clearance.SECRET, DAY, 7);
    cache.get(key, STAMP, this::compute);
    cache.get(key, STAMP, this::compute);
    assertThat(computed).hasValue(2);
    assertThat(cache.size()).isZero();
  }

  @Test
  void expiresAfterTheTtl() throws Exception {
    DashboardCache cache = new DashboardCache(Duration.ofNanos(1));
    DashboardCache.Key key = new DashboardCache.Key(1, Clearance.SECRET, DAY, 7);
    cache.get(key, STAMP, this::compute);
    long start = System.nanoTime();
    while (System.nanoTime() - start < 1_000) {
      Thread.onSpinWait();
    }
    cache.get(key, STAMP, this::compute);
    assertThat(computed).hasValue(2);
  }

  @Test
  void aFailureIsNotCached() {
    DashboardCache cache = new DashboardCache(Duration.ofMinutes(1));
    DashboardCache.Key key = new DashboardCache.Key(1, Clearance.SECRET, DAY, 7);
    assertThatThrownBy(
            () ->
                cache.get(
                    key,
                    STAMP,
                    () -> {
                      throw new IllegalStateException("database down");
                    }))
        .hasMessage("database down");
    assertThat(cache.get(key, STAMP, this::compute)).isEqualTo("value 1");
  }

  @Test
  void concurrentMissesWaitForOneComputation() throws Exception {
    DashboardCache cache = new DashboardCache(Duration.ofMinutes(1));
    DashboardCache.Key key = new DashboardCache.Key(1, Clearance.SECRET, DAY, 7);
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Future<String> first =
          pool.submit(
              () ->
                  cache.get(
                      key,
                      STAMP,
                      () -> {
                        started.countDown();
                        await(release);
                        return compute();
                      }));
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      Future<String> second = pool.submit(() -> cache.get(key, STAMP, this::compute));
      Future<String> third = pool.submit(() -> cache.get(key, STAMP, this::compute));
      release.countDown();
      assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("value 1");
      assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("value 1");
      assertThat(third.get(5, TimeUnit.SECONDS)).isEqualTo("value 1");
      assertThat(computed).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void staysBounded() {
    DashboardCache cache = new DashboardCache(Duration.ofMinutes(1));
    for (int i = 0; i < DashboardCache.MAX_ENTRIES + 10; i++) {
      cache.get(
          new DashboardCache.Key(1, Clearance.SECRET, DAY.plusDays(i), 7), STAMP, this::compute);
    }
    assertThat(cache.size()).isLessThanOrEqualTo(DashboardCache.MAX_ENTRIES);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
