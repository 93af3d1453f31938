package vn.congressplanner.milestone.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import vn.congressplanner.congress.DeadlineAnchor;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.milestone.DeliverableKind;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.milestone.MilestoneService;

/** The milestone form (SPEC §7). An empty workstream means cross-cutting. */
class MilestoneForm {

  @NotBlank
  @Size(max = 500)
  private String title;

  private Workstream workstream;

  @NotNull private DeliverableKind kind;

  /** Required when the due date is fixed; ignored when it is relative (D13). */
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate dueDate;

  private DeadlineAnchor dueAnchor = DeadlineAnchor.FIXED;

  /** Days before the opening or after the closing, for a relative due date. */
  private Integer dueOffsetDays;

  @Size(max = 200)
  private String submitTo;

  @NotNull private Long responsibleDepartment;

  /** Rule D8: required when the due date changes; kept in the history. */
  @Size(max = 4000)
  private String changeReason;

  private Long version;

  static MilestoneForm of(Milestone m) {
    MilestoneForm form = new MilestoneForm();
    form.title = m.getTitle();
    form.workstream = m.getWorkstream();
    form.kind = m.getKind();
    form.dueDate = m.getDueDate();
    form.dueAnchor = m.getDueAnchor();
    form.dueOffsetDays = m.getDueOffsetDays();
    form.submitTo = m.getSubmitTo();
    form.responsibleDepartment = m.getResponsibleDepartment().getId();
    form.version = m.getVersion();
    return form;
  }

  /**
   * A fixed due date is required (next to its field, with the other missing fields); a relative one
   * is computed from the congress dates, so the date field is then ignored.
   */
  void checkDueDate(BindingResult result) {
    boolean fixed = dueAnchor == null || !dueAnchor.isRelative();
    if (fixed && dueDate == null && !result.hasFieldErrors("dueDate")) {
      result.rejectValue("dueDate", "NotNull");
    }
  }

  MilestoneService.Fields fields() {
    return new MilestoneService.Fields(
        title,
        workstream,
        kind,
        dueDate,
        submitTo,
        responsibleDepartment,
        changeReason,
        version,
        dueAnchor,
        dueOffsetDays);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Workstream getWorkstream() {
    return workstream;
  }

  public void setWorkstream(Workstream workstream) {
    this.workstream = workstream;
  }

  public DeliverableKind getKind() {
    return kind;
  }

  public void setKind(DeliverableKind kind) {
    this.kind = kind;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public DeadlineAnchor getDueAnchor() {
    return dueAnchor;
  }

  public void setDueAnchor(DeadlineAnchor dueAnchor) {
    this.dueAnchor = dueAnchor;
  }

  public Integer getDueOffsetDays() {
    return dueOffsetDays;
  }

  public void setDueOffsetDays(Integer dueOffsetDays) {
    this.dueOffsetDays = dueOffsetDays;
  }

  public String getSubmitTo() {
    return submitTo;
  }

  public void setSubmitTo(String submitTo) {
    this.submitTo = submitTo;
  }

  public Long getResponsibleDepartment() {
    return responsibleDepartment;
  }

  public void setResponsibleDepartment(Long responsibleDepartment) {
    this.responsibleDepartment = responsibleDepartment;
  }

  public String getChangeReason() {
    return changeReason;
  }

  public void setChangeReason(String changeReason) {
    this.changeReason = changeReason;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
