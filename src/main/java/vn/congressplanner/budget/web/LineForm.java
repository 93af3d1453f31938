package vn.congressplanner.budget.web;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.validation.BindingResult;
import vn.congressplanner.budget.BudgetCategory;
import vn.congressplanner.budget.BudgetLine;
import vn.congressplanner.budget.BudgetService;

/**
 * A budget line form (SPEC §7 field names). Numbers are kept as typed, so that a refused value is
 * shown back as it was, and parsed here: plain decimals with {@code .} as the decimal point, as
 * {@code <input type="number">} posts them.
 */
public class LineForm {

  private String milestone;
  private String category;
  private String item;
  private String unit;
  private String quantity;
  private String unitPrice;
  private String department;
  private String note;
  private String actualAmount;
  private String version;

  static LineForm blank(long milestoneId, Long departmentId) {
    LineForm f = new LineForm();
    f.milestone = Long.toString(milestoneId);
    f.department = departmentId == null ? null : departmentId.toString();
    return f;
  }

  static LineForm of(BudgetLine line) {
    LineForm f = new LineForm();
    f.milestone = line.getMilestoneId().toString();
    f.category = line.getCategory().name();
    f.item = line.getItem();
    f.unit = line.getUnit();
    f.quantity = plain(line.getQuantity());
    f.unitPrice = plain(line.getUnitPrice());
    f.department = line.getDepartment().getId().toString();
    f.note = line.getNote();
    f.actualAmount = plain(line.getActualAmount());
    f.version = Long.toString(line.getVersion());
    return f;
  }

  private static String plain(BigDecimal v) {
    return v == null ? null : v.stripTrailingZeros().toPlainString();
  }

  /** The fields for the service; unreadable values are rejected next to their field. */
  BudgetService.LineFields fields(BindingResult result, boolean unplanned) {
    BudgetCategory c = null;
    if (category != null) {
      try {
        c = BudgetCategory.valueOf(category.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        result.rejectValue("category", "budget.category.unknown");
      }
    }
    return new BudgetService.LineFields(
        c,
        item,
        unit,
        unplanned ? null : decimal("quantity", quantity, result),
        unplanned ? null : decimal("unitPrice", unitPrice, result),
        id("department", department, result),
        note,
        unplanned ? decimal("actualAmount", actualAmount, result) : null,
        id("version", version, result));
  }

  static BigDecimal decimal(String field, String text, BindingResult result) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    if (!t.matches("[+-]?\\d*(\\.\\d*)?") || t.matches("[+-]?\\.?")) {
      result.rejectValue(field, "budget.number.invalid");
      return null;
    }
    return new BigDecimal(t);
  }

  static Long id(String field, String text, BindingResult result) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      result.rejectValue(field, "typeMismatch");
      return null;
    }
  }

  public String getMilestone() {
    return milestone;
  }

  public void setMilestone(String milestone) {
    this.milestone = milestone;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getQuantity() {
    return quantity;
  }

  public void setQuantity(String quantity) {
    this.quantity = quantity;
  }

  public String getUnitPrice() {
    return unitPrice;
  }

  public void setUnitPrice(String unitPrice) {
    this.unitPrice = unitPrice;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getActualAmount() {
    return actualAmount;
  }

  public void setActualAmount(String actualAmount) {
    this.actualAmount = actualAmount;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }
}
