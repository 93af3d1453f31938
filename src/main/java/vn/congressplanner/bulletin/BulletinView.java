package vn.congressplanner.bulletin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A bulletin as pages and the quick report show it, read inside the service's transaction.
 *
 * @param department the author's department name ({@code null} for the system)
 */
public record BulletinView(
    long id,
    LocalDate date,
    BulletinSession session,
    List<String> paragraphs,
    String content,
    String authorName,
    Long departmentId,
    String department,
    Instant createdAt,
    String updatedBy,
    Instant updatedAt,
    long version,
    List<CoverageView> coverage) {

  /** One media item under a bulletin; {@code url} is an http(s) address or {@code null}. */
  public record CoverageView(
      long id, String outlet, CoverageKind kind, String title, String url, LocalDate publishedOn) {}

  /** The bulletins of one day, in session order. */
  public record Day(LocalDate date, List<BulletinView> bulletins) {}

  static BulletinView of(Bulletin b) {
    return new BulletinView(
        b.getId(),
        b.getDate(),
        b.getSession(),
        b.paragraphs(),
        b.getContent(),
        b.getAuthorName(),
        b.getDepartment() == null ? null : b.getDepartment().getId(),
        b.getDepartment() == null ? null : b.getDepartment().getName(),
        b.getCreatedAt(),
        b.getUpdatedBy(),
        b.getUpdatedAt(),
        b.getVersion(),
        b.getCoverage().stream()
            .map(
                c ->
                    new CoverageView(
                        c.getId(),
                        c.getOutlet(),
                        c.getKind(),
                        c.getTitle(),
                        c.getUrl(),
                        c.getPublishedOn()))
            .toList());
  }
}
