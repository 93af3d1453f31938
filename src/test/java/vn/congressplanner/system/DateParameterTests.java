package vn.congressplanner.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A day from a query string: absent, a day, or malformed (and then flagged, never thrown). */
class DateParameterTests {

  @Test
  void absentOrBlankIsNoDayAndNoMessage() {
    assertThat(DateParameter.of(null)).isEqualTo(new DateParameter(null, false));
    assertThat(DateParameter.of("  ")).isEqualTo(new DateParameter(null, false));
  }

  @Test
  void anIsoDayIsReadWithBlanksAroundIt() {
    assertThat(DateParameter.of(" 2020-02-29 ").day()).contains(LocalDate.of(2020, 2, 29));
  }

  @Test
  void aDayThatDoesNotExistOrAnotherFormatIsFlagged() {
    assertThat(DateParameter.of("2019-02-29")).isEqualTo(new DateParameter(null, true));
    assertThat(DateParameter.of("31-02-2019")).isEqualTo(new DateParameter(null, true));
    assertThat(DateParameter.of("15/07/2019").invalid()).isTrue();
  }
}
