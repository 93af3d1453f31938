package vn.congressplanner.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.DeadlineAnchor;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.department.Department;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.system.Texts;

@Entity
@Table(name = "task")
public class Task {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "congress_id", nullable = false)
  private Congress congress;

  /** The columns' sizes: the service refuses longer text from any caller (issue 11). */
  public static final int TITLE_MAX = 500;

  public static final int DESCRIPTION_MAX = 10000;
  public static final int RESULT_NOTE_MAX = 4000;

  /** A deadline move's reason, kept in the history's reason column. */
  public static final int REASON_MAX = 4000;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(length = DESCRIPTION_MAX)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Workstream workstream;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Phase phase;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "lead_department_id", nullable = false)
  private Department leadDepartment;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "task_cooperating_department",
      joinColumns = @JoinColumn(name = "task_id"),
      inverseJoinColumns = @JoinColumn(name = "department_id"))
  private Set<Department> cooperatingDepartments = new LinkedHashSet<>();

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "milestone_id")
  private Milestone milestone;

  @Column(name = "start_date")
  private LocalDate startDate;

  /** The effective deadline (for a relative one, computed from the congress dates and stored). */
  @Column(nullable = false)
  private LocalDate deadline;

  @Enumerated(EnumType.STRING)
  @Column(name = "deadline_anchor", nullable = false, length = 10)
  private DeadlineAnchor deadlineAnchor = DeadlineAnchor.FIXED;

  /** Days before the opening (OPENING) or after the closing (CLOSING); null when FIXED. */
  @Column(name = "deadline_offset_days")
  private Integer deadlineOffsetDays;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TaskStatus status = TaskStatus.NOT_STARTED;

  @Column(nullable = false)
  private int progress;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  @Column(name = "result_note", length = RESULT_NOTE_MAX)
  private String resultNote;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Priority priority = Priority.NORMAL;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Clearance confidentiality = Clearance.NORMAL;

  /** Title and description folded for diacritics-free search (see {@link Texts#fold}). */
  @Column(name = "search_text", nullable = false, length = 11000)
  private String searchText;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Task() {}

  public Task(
      Congress congress,
      String title,
      Workstream workstream,
      Phase phase,
      Department leadDepartment,
      LocalDate deadline,
      String actor,
      Instant now) {
    this.congress = congress;
    this.title = title;
    this.workstream = workstream;
    this.phase = phase;
    this.leadDepartment = leadDepartment;
    this.deadline = deadline;
    this.createdBy = actor;
    this.createdAt = now;
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  @PrePersist
  @PreUpdate
  void refreshSearchText() {
    String text = Texts.fold(title) + " " + Texts.fold(description);
    searchText = text.length() > 11000 ? text.substring(0, 11000) : text;
  }

  public DeadlineStatus deadlineStatusOn(LocalDate day, int dueSoonDays) {
    return DeadlineStatus.of(status, deadline, completedOn, day, dueSoonDays);
  }

  public void touch(String actor, Instant now) {
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Congress getCongress() {
    return congress;
  }

  public String getTitle() {
    return title;
  }

  void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  void setDescription(String description) {
    this.description = description;
  }

  public Workstream getWorkstream() {
    return workstream;
  }

  void setWorkstream(Workstream workstream) {
    this.workstream = workstream;
  }

  public Phase getPhase() {
    return phase;
  }

  void setPhase(Phase phase) {
    this.phase = phase;
  }

  public Department getLeadDepartment() {
    return leadDepartment;
  }

  void setLeadDepartment(Department leadDepartment) {
    this.leadDepartment = leadDepartment;
  }

  public Set<Department> getCooperatingDepartments() {
    return cooperatingDepartments;
  }

  public Milestone getMilestone() {
    return milestone;
  }

  void setMilestone(Milestone milestone) {
    this.milestone = milestone;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public DeadlineAnchor getDeadlineAnchor() {
    return deadlineAnchor;
  }

  public Integer getDeadlineOffsetDays() {
    return deadlineOffsetDays;
  }

  void setRelativeDeadline(DeadlineAnchor anchor, Integer offsetDays) {
    this.deadlineAnchor = anchor == null ? DeadlineAnchor.FIXED : anchor;
    this.deadlineOffsetDays = this.deadlineAnchor.isRelative() ? offsetDays : null;
  }

  public boolean isRelativeDeadline() {
    return deadlineAnchor.isRelative();
  }

  /** "D−30" or "C+7" for a relative deadline, null for a fixed one. */
  public String getDeadlineCode() {
    return deadlineAnchor.code(deadlineOffsetDays);
  }

  /** "D−30 (24/08/2020)", or "24/08/2020" for a fixed deadline. */
  public String getDeadlineText() {
    return deadlineAnchor.describe(deadlineOffsetDays, deadline);
  }

  public TaskStatus getStatus() {
    return status;
  }

  void setStatus(TaskStatus status) {
    this.status = status;
  }

  public int getProgress() {
    return progress;
  }

  void setProgress(int progress) {
    this.progress = progress;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  void setCompletedOn(LocalDate completedOn) {
    this.completedOn = completedOn;
  }

  public String getResultNote() {
    return resultNote;
  }

  void setResultNote(String resultNote) {
    this.resultNote = resultNote;
  }

  public Priority getPriority() {
    return priority;
  }

  void setPriority(Priority priority) {
    this.priority = priority;
  }

  public Clearance getConfidentiality() {
    return confidentiality;
  }

  void setConfidentiality(Clearance confidentiality) {
    this.confidentiality = confidentiality;
  }

  public String getSearchText() {
    return searchText;
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
