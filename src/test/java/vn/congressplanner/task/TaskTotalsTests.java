package vn.congressplanner.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.congressplanner.account.Clearance;

/** The list's total is counted once per plan change and clearance, and recounted after a change. */
class TaskTotalsTests {

  static final TaskTotals.Key KEY =
      new TaskTotals.Key(1, Clearance.NORMAL, TaskFilter.empty(), LocalDate.of(2019, 7, 15), 7);
  static final long STAMP = 41;

  final AtomicInteger counted = new AtomicInteger();

  long count() {
    counted.incrementAndGet();
    return 37;
  }

  @Test
  void theSameStampReusesTheTotal() {
    TaskTotals totals = new TaskTotals(Duration.ofMinutes(1));
    assertThat(totals.total(KEY, STAMP, this::count)).isEqualTo(37);
    assertThat(totals.total(KEY, STAMP, this::count)).isEqualTo(37);
    assertThat(counted).hasValue(1);
  }

  @Test
  void aChangeToThePlanIsCountedAgainAtOnce() {
    TaskTotals totals = new TaskTotals(Duration.ofMinutes(1));
    totals.total(KEY, STAMP, this::count);
    totals.total(KEY, STAMP + 1, this::count);
    assertThat(counted).hasValue(2);
  }

  @Test
  void anotherClearanceOrFilterIsItsOwnTotal() {
    TaskTotals totals = new TaskTotals(Duration.ofMinutes(1));
    totals.total(KEY, STAMP, this::count);
    totals.total(
        new TaskTotals.Key(1, Clearance.SECRET, KEY.filter(), KEY.day(), 7), STAMP, this::count);
    totals.total(
        new TaskTotals.Key(1, Clearance.NORMAL, KEY.filter().withAsOf(KEY.day()), KEY.day(), 7),
        STAMP,
        this::count);
    assertThat(counted).hasValue(3);
  }

  @Test
  void aZeroTtlAlwaysCounts() {
    TaskTotals totals = new TaskTotals(Duration.ZERO);
    totals.total(KEY, STAMP, this::count);
    totals.total(KEY, STAMP, this::count);
    assertThat(counted).hasValue(2);
    assertThat(totals.size()).isZero();
  }
}
