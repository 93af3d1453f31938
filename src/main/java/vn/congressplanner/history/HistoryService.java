package vn.congressplanner.history;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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

  @Transactional(readOnly = true)
  public List<HistoryEntry> of(String entityType, Long entityId) {
    return entries.findByEntityTypeAndEntityIdOrderByChangedAtDescIdDesc(entityType, entityId);
  }
}
