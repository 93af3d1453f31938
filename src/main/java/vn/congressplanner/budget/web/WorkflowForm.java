package vn.congressplanner.budget.web;

/** Submitting, approving or returning the estimate from the budget page. */
public class WorkflowForm {

  private String note;
  private String lateReason;
  private String comment;

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getLateReason() {
    return lateReason;
  }

  public void setLateReason(String lateReason) {
    this.lateReason = lateReason;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
