package vn.congressplanner.milestone;

import java.util.List;
import java.util.stream.Collectors;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.system.RuleViolation;

/**
 * The tasks that block a change, as message arguments: the titles of at most {@link #LIMIT} tasks
 * the reader may see, and how many more there are. Built with {@link #of}, a task above the
 * reader's clearance is counted but never named (D9, where only administrators act); built with
 * {@link #visibleOnly}, it is not even counted (D8, SPEC §2.6: such a task is absent from counts).
 *
 * @param total how many tasks block the change (with {@link #visibleOnly}: the visible ones)
 * @param titles the titles that may be shown, at most {@link #LIMIT}
 * @param hidden how many blocking tasks lie above the reader's clearance ({@link #visibleOnly})
 * @param mentionHidden whether the message may say that tasks the reader cannot see block too
 */
public record BlockingTasks(long total, List<String> titles, long hidden, boolean mentionHidden) {

  public static final int LIMIT = 10;

  public BlockingTasks(long total, List<String> titles) {
    this(total, titles, 0, false);
  }

  /**
   * Only what the reader may see is named and counted; the tasks above their clearance still block
   * the change (the rule holds for everyone) but appear in the message only as "and tasks you
   * cannot see", and only when {@code mentionHidden}.
   *
   * <p>Decision (issue 11 §5): an administrator may be told that hidden tasks exist, because an
   * administrator sets everyone's clearance and already knows which levels are in use; a leader
   * (the only other role that moves a milestone date) may not, so for a leader a hidden task adds
   * nothing to the message, and a change blocked only by hidden tasks is refused without a reason
   * ("ask an administrator").
   */
  public static BlockingTasks visibleOnly(
      List<? extends TaskRef> tasks, Clearance reader, boolean mentionHidden) {
    List<? extends TaskRef> visible =
        tasks.stream().filter(t -> reader.covers(t.getConfidentiality())).toList();
    return new BlockingTasks(
        visible.size(),
        visible.stream().limit(LIMIT).map(TaskRef::getTitle).toList(),
        tasks.size() - visible.size(),
        mentionHidden);
  }

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
    if (total == 0 && hidden > 0) {
      return new RuleViolation(field, key + (mentionHidden ? ".hidden" : ".withheld"), lead);
    }
    if (titles.isEmpty()) {
      return new RuleViolation(field, key + ".unlisted", lead, total);
    }
    if (unlisted() == 0) {
      return new RuleViolation(field, key, lead, total, joinedTitles());
    }
    return new RuleViolation(field, key + ".more", lead, total, joinedTitles(), unlisted());
  }

  /**
   * {@link #violation}, followed, when visible tasks are named and hidden ones may be mentioned, by
   * {@code key.hiddenToo} ("tasks you cannot see block it too").
   */
  public List<RuleViolation> violations(String field, String key, Object lead) {
    RuleViolation main = violation(field, key, lead);
    if (total > 0 && hidden > 0 && mentionHidden) {
      return List.of(main, new RuleViolation(field, key + ".hiddenToo"));
    }
    return List.of(main);
  }

  /** Whether anything blocks the change, seen or not. */
  public boolean blocks() {
    return total > 0 || hidden > 0;
  }
}
