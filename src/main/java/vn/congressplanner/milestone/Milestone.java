package vn.congressplanner.milestone;

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
import vn.congressplanner.congress.DeadlineAnchor;
import vn.congressplanner.congress.Workstream;
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

  /** The effective due date (for a relative one, computed from the congress dates and stored). */
  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "due_anchor", nullable = false, length = 10)
  private DeadlineAnchor dueAnchor = DeadlineAnchor.FIXED;

  /** Days before the opening (OPENING) or after the closing (CLOSING); null when FIXED. */
  @Column(name = "due_offset_days")
  private Integer dueOffsetDays;

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

  /** Changes what the milestone is (the form's fields); the workflow status is untouched. */
  void describe(
      String title,
      Workstream workstream,
      DeliverableKind kind,
      LocalDate dueDate,
      String submitTo,
      Department responsibleDepartment) {
    this.title = title;
    this.workstream = workstream;
    this.kind = kind;
    this.dueDate = dueDate;
    this.submitTo = submitTo;
    this.responsibleDepartment = responsibleDepartment;
  }

  /** Ties the due date to the congress (D13) or, with FIXED, unties it. */
  void setRelativeDue(DeadlineAnchor anchor, Integer offsetDays) {
    this.dueAnchor = anchor == null ? DeadlineAnchor.FIXED : anchor;
    this.dueOffsetDays = this.dueAnchor.isRelative() ? offsetDays : null;
  }

  /** A relative due date follows the congress: the date it gets from these congress dates. */
  void followCongress(LocalDate opening, LocalDate closing) {
    LocalDate moved = dueDateFor(opening, closing);
    if (moved != null) {
      this.dueDate = moved;
    }
  }

  /**
   * The due date this milestone would have with these congress dates: recomputed when relative,
   * unchanged when fixed.
   */
  public LocalDate dueDateFor(LocalDate opening, LocalDate closing) {
    LocalDate resolved = dueAnchor.resolve(dueOffsetDays, opening, closing);
    return resolved != null ? resolved : dueDate;
  }

  /**
   * OPEN or RETURNED → SUBMITTED. A late submission (D7) keeps its reason and stays late for good,
   * even after a return and an on-time-looking resubmission.
   */
  void submit(String by, Instant at, String note, boolean lateNow, String lateReason) {
    if (!awaitsSubmission()) {
      throw new IllegalStateException("milestone " + id + " cannot be submitted from " + status);
    }
    if (lateNow) {
      this.late = true;
      this.lateReason = lateReason;
    }
    this.status = MilestoneStatus.SUBMITTED;
    this.submittedAt = at;
    this.submittedBy = by;
    this.submissionNote = note;
  }

  /** SUBMITTED → APPROVED (ban hành). */
  void approve(String by, Instant at, String comment) {
    requireSubmitted("approved");
    this.status = MilestoneStatus.APPROVED;
    this.approvedBy = by;
    this.approvedAt = at;
    this.reviewerComment = comment;
  }

  /** SUBMITTED → RETURNED, for rework; the comment says what to change. */
  void returnForRework(String comment) {
    requireSubmitted("returned");
    this.status = MilestoneStatus.RETURNED;
    this.reviewerComment = comment;
  }

  private void requireSubmitted(String what) {
    if (status != MilestoneStatus.SUBMITTED) {
      throw new IllegalStateException("milestone " + id + " cannot be " + what + " from " + status);
    }
  }

  /** Open or returned: waiting for a submission. */
  public boolean awaitsSubmission() {
    return status == MilestoneStatus.OPEN || status == MilestoneStatus.RETURNED;
  }

  /** Submitted: waiting for a reviewer. */
  public boolean awaitsReview() {
    return status == MilestoneStatus.SUBMITTED;
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

  public Workstream getWorkstream() {
    return workstream;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public DeadlineAnchor getDueAnchor() {
    return dueAnchor;
  }

  public Integer getDueOffsetDays() {
    return dueOffsetDays;
  }

  public boolean isRelativeDue() {
    return dueAnchor.isRelative();
  }

  /** "D−30" or "C+7" for a relative due date, null for a fixed one. */
  public String getDueCode() {
    return dueAnchor.code(dueOffsetDays);
  }

  /** "D−30 (24/08/2020)", or "24/08/2020" for a fixed due date. */
  public String getDueText() {
    return dueAnchor.describe(dueOffsetDays, dueDate);
  }

  public DeliverableKind getKind() {
    return kind;
  }

  public String getSubmitTo() {
    return submitTo;
  }

  public Department getResponsibleDepartment() {
    return responsibleDepartment;
  }

  public MilestoneStatus getStatus() {
    return status;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public String getSubmissionNote() {
    return submissionNote;
  }

  public boolean isLate() {
    return late;
  }

  public String getLateReason() {
    return lateReason;
  }

  public String getReviewerComment() {
    return reviewerComment;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public long getVersion() {
    return version;
  }
}
