package vn.congressplanner.milestone;

import java.time.LocalDate;
import vn.congressplanner.account.Clearance;

/** A task named in a rule's message: enough to list it without loading the entity. */
public interface TaskRef {
  Long getId();

  String getTitle();

  LocalDate getDeadline();

  Clearance getConfidentiality();
}
