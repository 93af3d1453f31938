package vn.congressplanner.milestone.web;

import jakarta.validation.constraints.Size;

/** Submitting a milestone: a note, and a reason when late (rule D7). */
class SubmitForm {

  @Size(max = 4000)
  private String note;

  @Size(max = 4000)
  private String lateReason;

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
}
