package vn.congressplanner.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects field changes of one record before they are recorded: {@code changes.compare("deadline",
 * old, new)} adds an entry only when the values differ.
 */
public final class Changes {

  record Field(String name, String oldValue, String newValue) {}

  private final List<Field> fields = new ArrayList<>();

  public Changes compare(String field, Object oldValue, Object newValue) {
    String before = oldValue == null ? null : oldValue.toString();
    String after = newValue == null ? null : newValue.toString();
    if (!Objects.equals(before, after)) {
      fields.add(new Field(field, before, after));
    }
    return this;
  }

  /** An event without old/new values, e.g. {@code event("action", "SUBMITTED")}. */
  public Changes event(String field, String value) {
    fields.add(new Field(field, null, value));
    return this;
  }

  public boolean isEmpty() {
    return fields.isEmpty();
  }

  List<Field> fields() {
    return fields;
  }
}
