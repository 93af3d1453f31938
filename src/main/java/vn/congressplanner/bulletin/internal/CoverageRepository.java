package vn.congressplanner.bulletin.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.congressplanner.bulletin.Coverage;

public interface CoverageRepository extends JpaRepository<Coverage, Long> {

  /** {@code [outlet, kind, count]} for a congress's coverage published by {@code until}. */
  @Query(
      "select c.outlet, c.kind, count(c) from Coverage c join c.bulletin b"
          + " where b.congressId = :congress and b.date <= :until and c.publishedOn <= :until"
          + " group by c.outlet, c.kind")
  List<Object[]> countByOutletAndKind(long congress, LocalDate until);
}
