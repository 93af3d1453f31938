package vn.congressplanner.task.web;

/** The progress report form on a task's detail page ({@code progress}, {@code note}). */
class ProgressForm {

  private Integer progress;
  private String note;

  public Integer getProgress() {
    return progress;
  }

  public void setProgress(Integer progress) {
    this.progress = progress;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
