package vn.congressplanner.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import vn.congressplanner.department.Department;

/**
 * One line of an estimate. The amount is always quantity × unit price, rounded half-up to whole
 * đồng by {@link BudgetRules#amount}, never typed. An unplanned line (added at settlement, D11) has
 * no estimate, only an actual amount. A removed line stays as a row (flag {@code removed}) so that
 * its history can still be found from the milestone; every query leaves it out.
 */
@Entity
@Table(name = "budget_line")
public class BudgetLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "milestone_id", nullable = false)
  private Long milestoneId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private BudgetCategory category;

  @Column(nullable = false, length = 500)
  private String item;

  @Column(length = 60)
  private String unit;

  @Column(precision = 14, scale = 2)
  private BigDecimal quantity;

  @Column(name = "unit_price", precision = 20, scale = 0)
  private BigDecimal unitPrice;

  @Column(precision = 16, scale = 0)
  private BigDecimal amount;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "department_id", nullable = false)
  private Department department;

  @Column(length = 2000)
  private String note;

  @Column(nullable = false)
  private boolean unplanned;

  @Column(name = "actual_amount", precision = 16, scale = 0)
  private BigDecimal actualAmount;

  @Column(name = "actual_note", length = 2000)
  private String actualNote;

  @Column(nullable = false)
  private boolean removed;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected BudgetLine() {}

  BudgetLine(Long milestoneId, boolean unplanned, String actor, Instant at) {
    this.milestoneId = milestoneId;
    this.unplanned = unplanned;
    this.createdBy = actor;
    this.createdAt = at;
    this.updatedBy = actor;
    this.updatedAt = at;
  }

  void describe(BudgetCategory category, String item, String unit, Department d, String note) {
    this.category = category;
    this.item = item;
    this.unit = unit;
    this.department = d;
    this.note = note;
  }

  void estimate(BigDecimal quantity, BigDecimal unitPrice) {
    this.quantity = quantity;
    this.unitPrice = unitPrice;
    this.amount = BudgetRules.amount(quantity, unitPrice);
  }

  void settle(BigDecimal actualAmount, String actualNote) {
    this.actualAmount = actualAmount;
    this.actualNote = actualNote;
  }

  void remove() {
    this.removed = true;
  }

  void touch(String actor, Instant at) {
    this.updatedBy = actor;
    this.updatedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getMilestoneId() {
    return milestoneId;
  }

  public BudgetCategory getCategory() {
    return category;
  }

  public String getItem() {
    return item;
  }

  public String getUnit() {
    return unit;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public BigDecimal getUnitPrice() {
    return unitPrice;
  }

  /** The estimate; {@code null} for an unplanned line. */
  public BigDecimal getAmount() {
    return amount;
  }

  public Department getDepartment() {
    return department;
  }

  public String getNote() {
    return note;
  }

  public boolean isUnplanned() {
    return unplanned;
  }

  public BigDecimal getActualAmount() {
    return actualAmount;
  }

  public String getActualNote() {
    return actualNote;
  }

  public boolean isRemoved() {
    return removed;
  }

  /** Actual minus estimate (an unplanned line's estimate is 0); {@code null} until settled. */
  public BigDecimal getDifference() {
    if (actualAmount == null) {
      return null;
    }
    return actualAmount.subtract(amount == null ? BigDecimal.ZERO : amount);
  }

  /** A planned line whose actual spending exceeds its estimate. */
  public boolean isOverEstimate() {
    return !unplanned && actualAmount != null && actualAmount.compareTo(amount) > 0;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
