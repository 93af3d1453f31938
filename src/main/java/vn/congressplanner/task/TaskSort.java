package vn.congressplanner.task;

import java.util.Locale;

/**
 * How the task list is ordered: a whitelisted key and a direction, written in the query string as
 * {@code sort=deadline} or {@code sort=deadline,desc}.
 */
public record TaskSort(Key key, boolean descending) {

  public enum Key {
    DEADLINE,
    TITLE,
    STATUS,
    PRIORITY,
    UPDATED
  }

  public static final TaskSort DEFAULT = new TaskSort(Key.DEADLINE, false);

  /** Unknown or missing values fall back to the default order rather than failing the page. */
  public static TaskSort parse(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT;
    }
    String[] parts = value.split(",", 2);
    try {
      Key key = Key.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
      boolean desc = parts.length > 1 && parts[1].strip().equalsIgnoreCase("desc");
      return new TaskSort(key, desc);
    } catch (IllegalArgumentException e) {
      return DEFAULT;
    }
  }

  /** The query-string form of this order. */
  public String param() {
    return key.name().toLowerCase(Locale.ROOT) + (descending ? ",desc" : "");
  }

  /** The query-string form of ordering by {@code other}: toggles direction on the same key. */
  public String toggle(String other) {
    Key k = parse(other).key();
    return k == key && !descending
        ? k.name().toLowerCase(Locale.ROOT) + ",desc"
        : k.name().toLowerCase(Locale.ROOT);
  }
}
