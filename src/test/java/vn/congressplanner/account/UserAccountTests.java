package vn.congressplanner.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountTests {

  static final Instant NOW = Instant.parse("2019-07-15T02:00:00Z");

  UserAccount user() {
    return new UserAccount("a", "A", "h", Role.STAFF, null, Clearance.NORMAL, false, NOW);
  }

  @Test
  void locksAtTheFifthFailureForFifteenMinutes() {
    UserAccount user = user();
    for (int i = 0; i < 4; i++) {
      user.recordFailedLogin(5, NOW, Duration.ofMinutes(15));
    }
    assertThat(user.isLocked(NOW)).isFalse();
    user.recordFailedLogin(5, NOW, Duration.ofMinutes(15));
    assertThat(user.isLocked(NOW)).isTrue();
    assertThat(user.isLocked(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
    assertThat(user.isLocked(NOW.plus(Duration.ofMinutes(15)))).isFalse();
  }

  @Test
  void clearanceCoversLowerLevelsOnly() {
    assertThat(Clearance.SECRET.covers(Clearance.CONFIDENTIAL)).isTrue();
    assertThat(Clearance.SECRET.covers(Clearance.SECRET)).isTrue();
    assertThat(Clearance.SECRET.covers(Clearance.TOP_SECRET)).isFalse();
    assertThat(Clearance.NORMAL.covers(Clearance.CONFIDENTIAL)).isFalse();
  }
}
