package vn.congressplanner.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A line as it was in one revision. {@code lineId} is the live line's id: two revisions are
 * compared line by line through it. The department's name is copied so that a later rename does not
 * rewrite what was submitted.
 */
@Entity
@Table(name = "budget_revision_line")
public class BudgetRevisionLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "revision_id", nullable = false)
  private Long revisionId;

  @Column(name = "line_id", nullable = false)
  private Long lineId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private BudgetCategory category;

  @Column(nullable = false, length = 500)
  private String item;

  @Column(length = 60)
  private String unit;

  @Column(nullable = false, precision = 14, scale = 2)
  private BigDecimal quantity;

  @Column(name = "unit_price", nullable = false, precision = 20, scale = 0)
  private BigDecimal unitPrice;

  @Column(nullable = false, precision = 16, scale = 0)
  private BigDecimal amount;

  @Column(name = "department_id", nullable = false)
  private Long departmentId;

  @Column(name = "department_name", nullable = false, length = 300)
  private String departmentName;

  @Column(length = 2000)
  private String note;

  protected BudgetRevisionLine() {}

  BudgetRevisionLine(Long revisionId, BudgetLine line) {
    this.revisionId = revisionId;
    this.lineId = line.getId();
    this.category = line.getCategory();
    this.item = line.getItem();
    this.unit = line.getUnit();
    this.quantity = line.getQuantity();
    this.unitPrice = line.getUnitPrice();
    this.amount = line.getAmount();
    this.departmentId = line.getDepartment().getId();
    this.departmentName = line.getDepartment().getName();
    this.note = line.getNote();
  }

  public Long getLineId() {
    return lineId;
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

  public BigDecimal getAmount() {
    return amount;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public String getDepartmentName() {
    return departmentName;
  }

  public String getNote() {
    return note;
  }
}
