package vn.congressplanner.congress;

import java.time.LocalDate;
import java.util.List;
import vn.congressplanner.system.RuleViolation;

/**
 * Implemented by modules whose records depend on the congress dates (rule D9: a date change that
 * would put a task outside its phase window is refused, listing the tasks).
 */
public interface CongressDatesGuard {

  List<RuleViolation> check(Congress congress, LocalDate newOpening, LocalDate newClosing);
}
