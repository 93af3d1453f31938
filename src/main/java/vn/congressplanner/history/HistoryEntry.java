package vn.congressplanner.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One changed field of one record (or one event, such as a workflow step, with field "action"). */
@Entity
@Table(name = "history_entry")
public class HistoryEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "entity_type", nullable = false, length = 40)
  private String entityType;

  @Column(name = "entity_id", nullable = false)
  private Long entityId;

  @Column(nullable = false, length = 60)
  private String field;

  @Column(name = "old_value", length = 4000)
  private String oldValue;

  @Column(name = "new_value", length = 4000)
  private String newValue;

  @Column(nullable = false, length = 60)
  private String actor;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(length = 4000)
  private String reason;

  protected HistoryEntry() {}

  public HistoryEntry(
      String entityType,
      Long entityId,
      String field,
      String oldValue,
      String newValue,
      String actor,
      Instant changedAt,
      String reason) {
    this.entityType = entityType;
    this.entityId = entityId;
    this.field = field;
    this.oldValue = truncate(oldValue);
    this.newValue = truncate(newValue);
    this.actor = actor;
    this.changedAt = changedAt;
    this.reason = truncate(reason);
  }

  private static String truncate(String value) {
    return value == null || value.length() <= 4000 ? value : value.substring(0, 3999) + "…";
  }

  public Long getId() {
    return id;
  }

  public String getEntityType() {
    return entityType;
  }

  public Long getEntityId() {
    return entityId;
  }

  public String getField() {
    return field;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getActor() {
    return actor;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getReason() {
    return reason;
  }
}
