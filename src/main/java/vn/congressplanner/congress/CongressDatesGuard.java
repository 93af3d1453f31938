package vn.congressplanner.congress;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.congressplanner.system.Formats;
import vn.congressplanner.system.RuleViolation;

/**
 * Implemented by modules whose records depend on the congress dates, so that the congress module
 * never depends on them. {@link #check} vetoes a date change (rule D9: a task would leave its phase
 * window; D13: a relative deadline would break D1–D3), listing the records; {@link #datesMoved}
 * then lets them follow the move (relative deadlines) in the same transaction, so that the move and
 * what follows it are stored together or not at all.
 */
public interface CongressDatesGuard {

  List<RuleViolation> check(Congress congress, LocalDate newOpening, LocalDate newClosing);

  /**
   * Called inside the congress change's transaction after every guard agreed and the new dates are
   * set on {@code congress}.
   */
  default void datesMoved(
      Congress congress, LocalDate oldOpening, LocalDate oldClosing, String actor) {}

  /**
   * The history's reason for a record that followed a move: {@code key} with "old opening – old
   * closing" and "new opening – new closing", in Vietnamese (the history's language).
   */
  static String movedReason(
      MessageSource messages,
      String key,
      Congress moved,
      LocalDate oldOpening,
      LocalDate oldClosing) {
    return messages.getMessage(
        key,
        new Object[] {
          Formats.formatDate(oldOpening) + " – " + Formats.formatDate(oldClosing),
          Formats.formatDate(moved.getOpeningDate())
              + " – "
              + Formats.formatDate(moved.getClosingDate())
        },
        Locale.forLanguageTag("vi"));
  }
}
