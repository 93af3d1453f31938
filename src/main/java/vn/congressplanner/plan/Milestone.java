package vn.congressplanner.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.department.Department;

/** A dated deliverable (plan, budget estimate, report) and its approval workflow. */
@Entity
@Table(name = "milestone")
public class Milestone {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "congress_id", nullable = false)
  private Congress congress;

  @Column(nullable = false, length = 500)
  private String title;

  /** {@code null}: cross-cutting. */
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Workstream workstream;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private DeliverableKind kind;

  @Column(name = "submit_to", length = 200)
  private String submitTo;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "responsible_department_id", nullable = false)
  private Department responsibleDepartment;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MilestoneStatus status = MilestoneStatus.OPEN;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "submitted_by", length = 60)
  private String submittedBy;

  @Column(name = "submission_note", length = 4000)
  private String submissionNote;

  /** Once submitted late, late for good (rule D7). */
  @Column(nullable = false)
  private boolean late;

  @Column(name = "late_reason", length = 4000)
  private String lateReason;

  @Column(name = "reviewer_comment", length = 4000)
  private String reviewerComment;

  @Column(name = "approved_by", length = 60)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Version private long version;

  protected Milestone() {}

  public Milestone(
      Congress congress,
      String title,
      Workstream workstream,
      LocalDate dueDate,
      DeliverableKind kind,
      String submitTo,
      Department responsibleDepartment) {
    this.congress = congress;
    this.title = title;
    this.workstream = workstream;
    this.dueDate = dueDate;
    this.kind = kind;
    this.submitTo = submitTo;
    this.responsibleDepartment = responsibleDepartment;
  }

  /** Rule D4: while submitted or approved, linked tasks are frozen. */
  public boolean isFrozen() {
    return status == MilestoneStatus.SUBMITTED || status == MilestoneStatus.APPROVED;
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

  public void setTitle(String title) {
    this.title = title;
  }

  public Workstream getWorkstream() {
    return workstream;
  }

  public void setWorkstream(Workstream workstream) {
    this.workstream = workstream;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public DeliverableKind getKind() {
    return kind;
  }

  public void setKind(DeliverableKind kind) {
    this.kind = kind;
  }

  public String getSubmitTo() {
    return submitTo;
  }

  public void setSubmitTo(String submitTo) {
    this.submitTo = submitTo;
  }

  public Department getResponsibleDepartment() {
    return responsibleDepartment;
  }

  public void setResponsibleDepartment(Department d) {
    this.responsibleDepartment = d;
  }

  public MilestoneStatus getStatus() {
    return status;
  }

  public void setStatus(MilestoneStatus status) {
    this.status = status;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public void setSubmittedAt(Instant submittedAt) {
    this.submittedAt = submittedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public void setSubmittedBy(String submittedBy) {
    this.submittedBy = submittedBy;
  }

  public String getSubmissionNote() {
    return submissionNote;
  }

  public void setSubmissionNote(String submissionNote) {
    this.submissionNote = submissionNote;
  }

  public boolean isLate() {
    return late;
  }

  public void markLate(String reason) {
    this.late = true;
    this.lateReason = reason;
  }

  public String getLateReason() {
    return lateReason;
  }

  public String getReviewerComment() {
    return reviewerComment;
  }

  public void setReviewerComment(String reviewerComment) {
    this.reviewerComment = reviewerComment;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public void setApproval(String by, Instant at) {
    this.approvedBy = by;
    this.approvedAt = at;
  }

  public long getVersion() {
    return version;
  }
}
