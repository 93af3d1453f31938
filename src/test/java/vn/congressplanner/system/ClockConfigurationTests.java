package vn.congressplanner.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ClockConfigurationTests {

  static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

  @Test
  void pinnedDayKeepsItsDateEvenAfterRealMidnight() {
    // Real time 23:59:30 in Hanoi; the pinned day must not roll over 30 seconds later.
    MutableClock real = new MutableClock(Instant.parse("2026-11-26T16:59:30Z"), HANOI);
    Clock pinned = new ClockConfiguration.PinnedDayClock(real, LocalDate.of(2019, 7, 15));
    assertThat(LocalDate.now(pinned)).isEqualTo(LocalDate.of(2019, 7, 15));
    Instant first = pinned.instant();
    real.now = real.now.plusSeconds(60);
    assertThat(LocalDate.now(pinned)).isEqualTo(LocalDate.of(2019, 7, 15));
    assertThat(pinned.instant()).isAfter(first);
  }

  @Test
  void withoutAPinnedDayTheClockIsTheSystemClock() {
    Clock clock =
        new ClockConfiguration().clock(new PlannerProperties(null, HANOI, null, null, null));
    assertThat(clock.getZone()).isEqualTo(HANOI);
    assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.now(HANOI));
  }

  static final class MutableClock extends Clock {
    Instant now;
    final ZoneId zone;

    MutableClock(Instant now, ZoneId zone) {
      this.now = now;
      this.zone = zone;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new MutableClock(now, zone);
    }
  }
}
