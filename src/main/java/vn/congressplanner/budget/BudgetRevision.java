package vn.congressplanner.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Revision n of an estimate: the lines as they were submitted the n-th time (never changed). */
@Entity
@Table(name = "budget_revision")
public class BudgetRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "milestone_id", nullable = false)
  private Long milestoneId;

  @Column(nullable = false)
  private int number;

  @Column(name = "submitted_by", nullable = false, length = 60)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(nullable = false, precision = 20, scale = 0)
  private BigDecimal total;

  @Column(name = "line_count", nullable = false)
  private int lineCount;

  protected BudgetRevision() {}

  BudgetRevision(
      Long milestoneId,
      int number,
      String submittedBy,
      Instant submittedAt,
      BigDecimal total,
      int lineCount) {
    this.milestoneId = milestoneId;
    this.number = number;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
    this.total = total;
    this.lineCount = lineCount;
  }

  public Long getId() {
    return id;
  }

  public Long getMilestoneId() {
    return milestoneId;
  }

  public int getNumber() {
    return number;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public int getLineCount() {
    return lineCount;
  }
}
