package vn.congressplanner.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A day from a query string ({@code yyyy-MM-dd}, surrounding blanks ignored): absent, a day, or
 * malformed. Pages that take one (the dashboard's and the quick report's {@code asOf}, the
 * bulletins' {@code date}) show today for a malformed one, with a message, never an error page.
 *
 * @param value the day, or null when absent or malformed
 * @param invalid whether a value was given that is not a day
 */
public record DateParameter(LocalDate value, boolean invalid) {

  public static DateParameter of(String raw) {
    if (raw == null || raw.isBlank()) {
      return new DateParameter(null, false);
    }
    try {
      return new DateParameter(LocalDate.parse(raw.strip()), false);
    } catch (DateTimeParseException e) {
      return new DateParameter(null, true);
    }
  }

  public Optional<LocalDate> day() {
    return Optional.ofNullable(value);
  }
}
