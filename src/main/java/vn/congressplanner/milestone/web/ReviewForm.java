package vn.congressplanner.milestone.web;

import jakarta.validation.constraints.Size;

/** Approving or returning a milestone: the reviewer's comment (required to return, rule D7). */
class ReviewForm {

  @Size(max = 4000)
  private String comment;

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
