package vn.congressplanner.history.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import vn.congressplanner.history.HistoryEntry;

public interface HistoryRepository
    extends JpaRepository<HistoryEntry, Long>, JpaSpecificationExecutor<HistoryEntry> {

  List<HistoryEntry> findByEntityTypeAndEntityIdOrderByChangedAtDescIdDesc(
      String entityType, Long entityId);

  List<HistoryEntry> findByEntityTypeAndEntityIdIn(
      String entityType, Collection<Long> entityIds, Pageable pageable);
}
