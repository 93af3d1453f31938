package vn.congressplanner.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PhaseTests {

  static final LocalDate OPENING = LocalDate.of(2020, 9, 23);
  static final LocalDate CLOSING = LocalDate.of(2020, 9, 24);

  @Test
  void phaseAtTheEdgesOfTheCongress() {
    assertThat(Phase.of(OPENING.minusDays(1), OPENING, CLOSING)).isEqualTo(Phase.BEFORE);
    assertThat(Phase.of(OPENING, OPENING, CLOSING)).isEqualTo(Phase.DURING);
    assertThat(Phase.of(CLOSING, OPENING, CLOSING)).isEqualTo(Phase.DURING);
    assertThat(Phase.of(CLOSING.plusDays(1), OPENING, CLOSING)).isEqualTo(Phase.AFTER);
  }
}
