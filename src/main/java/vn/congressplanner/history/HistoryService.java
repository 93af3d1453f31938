package vn.congressplanner.history;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.history.internal.HistoryRepository;

@Service
public class HistoryService {

  private final HistoryRepository entries;
  private final Clock clock;

  public HistoryService(HistoryRepository entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  /** Records the changes in the caller's transaction, so that a refused change leaves no trace. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      String entityType, Long entityId, String actor, Changes changes, String reason) {
    var now = clock.instant();
    for (Changes.Field f : changes.fields()) {
      entries.save(
          new HistoryEntry(
              entityType, entityId, f.name(), f.oldValue(), f.newValue(), actor, now, reason));
    }
  }

  /** The admin's search of the whole log; every criterion optional. */
  public record Search(
      String entityType, Long entityId, String actor, String q, LocalDate from, LocalDate to) {}

  @Transactional(readOnly = true)
  public Page<HistoryEntry> search(Search s, ZoneId zone, Pageable pageable) {
    Specification<HistoryEntry> spec =
        (root, query, cb) -> {
          List<Predicate> and = new ArrayList<>();
          if (s.entityType() != null) {
            and.add(cb.equal(root.get("entityType"), s.entityType()));
          }
          if (s.entityId() != null) {
            and.add(cb.equal(root.get("entityId"), s.entityId()));
          }
          if (s.actor() != null) {
            and.add(cb.equal(cb.lower(root.get("actor")), s.actor().toLowerCase(Locale.ROOT)));
          }
          if (s.q() != null) {
            String like = "%" + s.q().toLowerCase(Locale.ROOT) + "%";
            and.add(
                cb.or(
                    cb.like(cb.lower(root.get("field")), like),
                    cb.like(cb.lower(root.get("oldValue")), like),
                    cb.like(cb.lower(root.get("newValue")), like),
                    cb.like(cb.lower(root.get("reason")), like)));
          }
          if (s.from() != null) {
            Instant start = s.from().atStartOfDay(zone).toInstant();
            and.add(cb.greaterThanOrEqualTo(root.get("changedAt"), start));
          }
          if (s.to() != null) {
            Instant end = s.to().plusDays(1).atStartOfDay(zone).toInstant();
            and.add(cb.lessThan(root.get("changedAt"), end));
          }
          return cb.and(and.toArray(Predicate[]::new));
        };
    return entries.findAll(
        spec,
        PageRequest.of(
            pageable.getPageNumber(),
            pageable.getPageSize(),
            Sort.by(Sort.Order.desc("changedAt"), Sort.Order.desc("id"))));
  }

  @Transactional(readOnly = true)
  public List<HistoryEntry> of(String entityType, Long entityId) {
    return entries.findByEntityTypeAndEntityIdOrderByChangedAtDescIdDesc(entityType, entityId);
  }

  /** The newest {@code limit} entries of several records of one type, newest first. */
  @Transactional(readOnly = true)
  public List<HistoryEntry> ofAll(String entityType, Collection<Long> entityIds, int limit) {
    if (entityIds.isEmpty()) {
      return List.of();
    }
    return entries.findByEntityTypeAndEntityIdIn(
        entityType,
        entityIds,
        PageRequest.of(0, limit, Sort.by(Sort.Order.desc("changedAt"), Sort.Order.desc("id"))));
  }
}
