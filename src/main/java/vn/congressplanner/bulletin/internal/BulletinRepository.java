package vn.congressplanner.bulletin.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.congressplanner.bulletin.Bulletin;

public interface BulletinRepository extends JpaRepository<Bulletin, Long> {

  /** A congress's bulletins up to a day with their departments; coverage comes batch-fetched. */
  @Query(
      "select b from Bulletin b left join fetch b.department"
          + " where b.congressId = :congress and b.date <= :until"
          + " order by b.date desc, b.session, b.createdAt, b.id")
  List<Bulletin> findUntil(long congress, LocalDate until);

  @Query(
      "select b from Bulletin b left join fetch b.department"
          + " where b.congressId = :congress and b.date = :day"
          + " order by b.session, b.createdAt, b.id")
  List<Bulletin> findOn(long congress, LocalDate day);

  boolean existsByCongressId(long congressId);
}
