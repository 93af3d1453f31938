package vn.congressplanner.system;

/**
 * Someone else saved the record after the user opened it (a stale {@code version} from the form, or
 * an optimistic-lock failure at flush): the user's change is refused, nothing is overwritten, and
 * the web layer shows the one conflict page (409) with the current version.
 *
 * <p>{@code subject} names the kind of record ({@code task}, {@code milestone}, {@code congress},
 * {@code user}, {@code department}, {@code budgetLine} …): the page's message key is {@code
 * conflict.subject.{subject}} and the link back goes to {@code currentUrl} when given.
 */
public class ConflictException extends RuntimeException {

  private final String subject;
  private final Object id;

  public ConflictException(String subject, Object id) {
    super(subject + " " + id + " was changed by someone else");
    this.subject = subject;
    this.id = id;
  }

  /** Refuses when the form's version is missing or not the stored one. */
  public static void check(String subject, Object id, Long expected, long stored) {
    if (expected == null || expected != stored) {
      throw new ConflictException(subject, id);
    }
  }

  public String subject() {
    return subject;
  }

  public Object id() {
    return id;
  }
}
