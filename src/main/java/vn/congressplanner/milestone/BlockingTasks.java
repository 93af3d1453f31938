package vn.congressplanner.milestone;

import java.util.List;
import java.util.stream.Collectors;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.system.RuleViolation;

/**
 * The tasks that block a change, as message arguments: the titles of at most {@link #LIMIT} tasks
 * the reader may see, and how many more there are. A task above the reader's clearance is counted
 * but never named.
 *
 * @param total how many tasks block the change
 * @param titles the titles that may be shown, at most {@link #LIMIT}
 */
public record BlockingTasks(long total, List<String> titles) {

  public static final int LIMIT = 10;

  public static BlockingTasks of(List<? extends TaskRef> tasks, long total, Clearance reader) {
    List<String> titles =
        tasks.stream()
            .filter(t -> reader.covers(t.getConfidentiality()))
            .limit(LIMIT)
            .map(TaskRef::getTitle)
            .toList();
    return new BlockingTasks(total, titles);
  }

  public long unlisted() {
    return total - titles.size();
  }

  String joinedTitles() {
    return titles.stream().map(t -> "“" + t + "”").collect(Collectors.joining("; "));
  }

  /**
   * A violation on {@code field} under one of three keys: {@code key} (all tasks named), {@code
   * key.more} (some named, "and N more") or {@code key.unlisted} (none may be named). The arguments
   * are {@code lead}, then the total, then the titles, then the number not named.
   */
  public RuleViolation violation(String field, String key, Object lead) {
    if (titles.isEmpty()) {
      return new RuleViolation(field, key + ".unlisted", lead, total);
    }
    if (unlisted() == 0) {
      return new RuleViolation(field, key, lead, total, joinedTitles());
    }
    return new RuleViolation(field, key + ".more", lead, total, joinedTitles(), unlisted());
  }
}
