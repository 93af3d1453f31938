package vn.congressplanner.department;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The two sorted department lists the forms offer, kept between requests and reused while the
 * departments' change stamp (how many there are and the sum of their versions: it moves with every
 * insert and every update, on any instance) is the one they were read at.
 */
final class DepartmentOptions {

  private record Lists(String stamp, List<Department> active, List<Department> all) {}

  private final AtomicReference<Lists> lists = new AtomicReference<>(new Lists("", null, null));

  List<Department> get(String stamp, boolean activeOnly, Supplier<List<Department>> load) {
    Lists current = lists.get();
    boolean fresh = current.stamp().equals(stamp);
    List<Department> cached = activeOnly ? current.active() : current.all();
    if (fresh && cached != null) {
      return cached;
    }
    List<Department> loaded = List.copyOf(load.get());
    Lists base = fresh ? current : new Lists(stamp, null, null);
    lists.compareAndSet(
        current,
        activeOnly
            ? new Lists(stamp, loaded, base.all())
            : new Lists(stamp, base.active(), loaded));
    return loaded;
  }
}
