package vn.congressplanner.task.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.DeadlineAnchor;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.task.Priority;
import vn.congressplanner.task.Task;
import vn.congressplanner.task.TaskCommand;
import vn.congressplanner.task.TaskStatus;

/**
 * The task form (field names fixed by SPEC §7). Its own class, never the entity, so that a request
 * can only set what the form offers; what the user typed is kept here when a rule refuses it.
 */
class TaskForm {

  @NotBlank
  @Size(max = 500)
  private String title;

  @Size(max = 10000)
  private String description;

  @NotNull private Workstream workstream;

  @NotNull private Phase phase;

  @NotNull private Long leadDepartment;

  private List<Long> cooperatingDepartments = new ArrayList<>();

  private Long milestone;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate startDate;

  /** Required for a fixed deadline (the service says so); ignored for a relative one (D13). */
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate deadline;

  @NotNull private DeadlineAnchor deadlineAnchor = DeadlineAnchor.FIXED;

  private Integer deadlineOffsetDays;

  @NotNull private TaskStatus status = TaskStatus.NOT_STARTED;

  private Integer progress = 0;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate completedOn;

  @Size(max = 4000)
  private String resultNote;

  @NotNull private Priority priority = Priority.NORMAL;

  @NotNull private Clearance confidentiality = Clearance.NORMAL;

  @Size(max = 4000)
  private String deadlineChangeReason;

  private Long version;

  static TaskForm of(Task task) {
    TaskForm form = new TaskForm();
    form.title = task.getTitle();
    form.description = task.getDescription();
    form.workstream = task.getWorkstream();
    form.phase = task.getPhase();
    form.leadDepartment = task.getLeadDepartment().getId();
    form.cooperatingDepartments =
        new ArrayList<>(task.getCooperatingDepartments().stream().map(d -> d.getId()).toList());
    form.milestone = task.getMilestone() == null ? null : task.getMilestone().getId();
    form.startDate = task.getStartDate();
    form.deadline = task.getDeadline();
    form.deadlineAnchor = task.getDeadlineAnchor();
    form.deadlineOffsetDays = task.getDeadlineOffsetDays();
    form.status = task.getStatus();
    form.progress = task.getProgress();
    form.completedOn = task.getCompletedOn();
    form.resultNote = task.getResultNote();
    form.priority = task.getPriority();
    form.confidentiality = task.getConfidentiality();
    form.version = task.getVersion();
    return form;
  }

  TaskCommand toCommand() {
    return new TaskCommand(
        title,
        description,
        workstream,
        phase,
        leadDepartment,
        cooperatingDepartments,
        milestone,
        startDate,
        deadline,
        status,
        progress,
        completedOn,
        resultNote,
        priority,
        confidentiality,
        deadlineChangeReason,
        version,
        deadlineAnchor,
        deadlineOffsetDays);
  }

  public DeadlineAnchor getDeadlineAnchor() {
    return deadlineAnchor;
  }

  public void setDeadlineAnchor(DeadlineAnchor deadlineAnchor) {
    this.deadlineAnchor = deadlineAnchor;
  }

  public Integer getDeadlineOffsetDays() {
    return deadlineOffsetDays;
  }

  public void setDeadlineOffsetDays(Integer deadlineOffsetDays) {
    this.deadlineOffsetDays = deadlineOffsetDays;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Workstream getWorkstream() {
    return workstream;
  }

  public void setWorkstream(Workstream workstream) {
    this.workstream = workstream;
  }

  public Phase getPhase() {
    return phase;
  }

  public void setPhase(Phase phase) {
    this.phase = phase;
  }

  public Long getLeadDepartment() {
    return leadDepartment;
  }

  public void setLeadDepartment(Long leadDepartment) {
    this.leadDepartment = leadDepartment;
  }

  public List<Long> getCooperatingDepartments() {
    return cooperatingDepartments;
  }

  public void setCooperatingDepartments(List<Long> cooperatingDepartments) {
    this.cooperatingDepartments = cooperatingDepartments;
  }

  public Long getMilestone() {
    return milestone;
  }

  public void setMilestone(Long milestone) {
    this.milestone = milestone;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public TaskStatus getStatus() {
    return status;
  }

  public void setStatus(TaskStatus status) {
    this.status = status;
  }

  public Integer getProgress() {
    return progress;
  }

  public void setProgress(Integer progress) {
    this.progress = progress;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public void setCompletedOn(LocalDate completedOn) {
    this.completedOn = completedOn;
  }

  public String getResultNote() {
    return resultNote;
  }

  public void setResultNote(String resultNote) {
    this.resultNote = resultNote;
  }

  public Priority getPriority() {
    return priority;
  }

  public void setPriority(Priority priority) {
    this.priority = priority;
  }

  public Clearance getConfidentiality() {
    return confidentiality;
  }

  public void setConfidentiality(Clearance confidentiality) {
    this.confidentiality = confidentiality;
  }

  public String getDeadlineChangeReason() {
    return deadlineChangeReason;
  }

  public void setDeadlineChangeReason(String deadlineChangeReason) {
    this.deadlineChangeReason = deadlineChangeReason;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
