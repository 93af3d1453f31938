package vn.congressplanner.task.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.system.StampedCache;
import vn.congressplanner.system.Today;
import vn.congressplanner.task.TaskFilter;
import vn.congressplanner.task.TaskService.ListVersion;
import vn.congressplanner.task.TaskSort;

/**
 * The task list's rows as HTML, rendered once per page of the list and reused until the plan or a
 * department changes (on any instance: both stamps are read from the database per request) — the 25
 * rows' rendering and the entities behind them were most of a list request's CPU at 100,000 tasks
 * (issue 12). The key holds everything the rows show that does not come from the tasks and
 * departments: what the reader may see (clearance), the filter, order and page, the day the
 * deadline statuses are computed for, the language, and whether the reader is an admin (the
 * selection column). The TTL ({@code planner.tasks.rows-ttl}, 0 turns it off) bounds what no stamp
 * sees.
 */
@Component
class TaskListRows {

  /**
   * An entry is its rows' HTML: ~50 KB for a page of 25 (Vietnamese text is held as UTF-16), ~200
   * KB for a page of 100; 128 of them stay under ~25 MB at worst, a few MB in practice.
   */
  static final int MAX_ENTRIES = 128;

  record Key(
      long congressId,
      Clearance clearance,
      TaskFilter filter,
      TaskSort sort,
      int page,
      int size,
      LocalDate today,
      int dueSoonDays,
      boolean admin,
      Locale locale) {

    /**
     * The key of a page of the list as {@code actor} asks for it now, in the request's language.
     */
    static Key of(
        ListVersion version,
        Actor actor,
        TaskFilter filter,
        TaskSort sort,
        int page,
        int size,
        Today today) {
      return new Key(
          version.congressId(),
          actor.clearance(),
          filter,
          sort,
          page,
          size,
          today.date(),
          today.dueSoonDays(),
          actor.isAdmin(),
          LocaleContextHolder.getLocale());
    }
  }

  /** The rows' HTML, how many there are, and the list's total. */
  record Rendered(String html, int count, long total) {

    /** No current congress: no rows. */
    static final Rendered NONE = new Rendered("", 0, 0);
  }

  private record Stamp(long plan, String departments) {}

  private final StampedCache<Key, Rendered> cache;

  TaskListRows(@Value("${planner.tasks.rows-ttl:60s}") Duration ttl) {
    this.cache = new StampedCache<>(ttl, MAX_ENTRIES);
  }

  Rendered get(Key key, ListVersion version, Supplier<Rendered> render) {
    return cache.get(key, new Stamp(version.planStamp(), version.departmentStamp()), render);
  }

  int size() {
    return cache.size();
  }
}
