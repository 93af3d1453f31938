package vn.congressplanner.congress;

import java.time.LocalDate;
import vn.congressplanner.system.Formats;

/**
 * What a task's deadline is tied to (rule D13): a fixed date, or so many days before the congress
 * opens ({@code D−N}) or after it closes ({@code C+N}).
 */
public enum DeadlineAnchor {
  FIXED,
  OPENING,
  CLOSING;

  /** The longest offset accepted, in days (about ten years). */
  public static final int MAX_OFFSET_DAYS = 3650;

  public boolean isRelative() {
    return this != FIXED;
  }

  /** The effective date for an offset and the congress dates; {@code null} for FIXED. */
  public LocalDate resolve(Integer offsetDays, LocalDate opening, LocalDate closing) {
    if (offsetDays == null) {
      return null;
    }
    return switch (this) {
      case FIXED -> null;
      case OPENING -> opening == null ? null : opening.minusDays(offsetDays);
      case CLOSING -> closing == null ? null : closing.plusDays(offsetDays);
    };
  }

  /** "D−30" or "C+7" (typographic minus, as the plans write it); {@code null} for FIXED. */
  public String code(Integer offsetDays) {
    if (offsetDays == null) {
      return null;
    }
    return switch (this) {
      case FIXED -> null;
      case OPENING -> "D\u2212" + offsetDays;
      case CLOSING -> "C+" + offsetDays;
    };
  }

  /** "D−30 (24/08/2020)", or the date alone for a fixed deadline. */
  public String describe(Integer offsetDays, LocalDate effective) {
    String code = code(offsetDays);
    String date = Formats.formatDate(effective);
    return code == null ? date : code + " (" + date + ")";
  }
}
