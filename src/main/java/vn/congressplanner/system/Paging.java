package vn.congressplanner.system;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The one bound on {@code page} and {@code size} for every list, page or API (issue 11 §4): a page
 * number past {@link #MAX_PAGE} is read as that page (an empty one, past the last), so that the
 * offset always fits the database's and Hibernate's {@code int} and {@code ?page=2147483647} shows
 * an empty page instead of "Page offset exceeds Integer.MAX_VALUE".
 */
public final class Paging {

  /** 100,000 pages of at most {@link #MAX_SIZE}: 20 million rows, far past any plan. */
  public static final int MAX_PAGE = 100_000;

  public static final int MAX_SIZE = 200;

  private Paging() {}

  /** {@code page} into 0..{@link #MAX_PAGE}, {@code size} into 1..{@code maxSize}. */
  public static PageRequest of(int page, int size, int maxSize, Sort sort) {
    int boundedSize = Math.max(1, Math.min(Math.min(maxSize, MAX_SIZE), size));
    return PageRequest.of(page(page), boundedSize, sort);
  }

  public static int page(int requested) {
    return Math.max(0, Math.min(MAX_PAGE, requested));
  }

  /** A bound Pageable (from {@code ?page=&size=}) within the same limits; its sort is kept. */
  public static Pageable bound(Pageable pageable, int minSize, int maxSize) {
    int size = Math.max(minSize, Math.min(Math.min(maxSize, MAX_SIZE), pageable.getPageSize()));
    return PageRequest.of(page(pageable.getPageNumber()), size, pageable.getSort());
  }
}
