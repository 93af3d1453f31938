package vn.congressplanner.budget.web;

/** Settlement of one line (SPEC §7: {@code actualAmount}, {@code note}; {@code version}). */
public class ActualForm {

  private String actualAmount;
  private String note;
  private String version;

  public String getActualAmount() {
    return actualAmount;
  }

  public void setActualAmount(String actualAmount) {
    this.actualAmount = actualAmount;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }
}
