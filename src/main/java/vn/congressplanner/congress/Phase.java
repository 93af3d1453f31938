package vn.congressplanner.congress;

import java.time.LocalDate;

/** Phase of a date relative to the congress: before, during (opening..closing) or after. */
public enum Phase {
  BEFORE,
  DURING,
  AFTER;

  public static Phase of(LocalDate date, LocalDate opening, LocalDate closing) {
    if (date.isBefore(opening)) {
      return BEFORE;
    }
    return date.isAfter(closing) ? AFTER : DURING;
  }

  /** Whether {@code date} lies in this phase's window (rule D1). */
  public boolean contains(LocalDate date, LocalDate opening, LocalDate closing) {
    return of(date, opening, closing) == this;
  }
}
