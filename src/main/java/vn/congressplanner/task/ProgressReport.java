package vn.congressplanner.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A progress report (báo cáo tiến độ) on a task. */
@Entity
@Table(name = "progress_report")
public class ProgressReport {

  /** The column's size: a longer note is refused with a field message, not a database error. */
  public static final int NOTE_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "task_id", nullable = false)
  private Task task;

  @Column(nullable = false, length = 60)
  private String author;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  @Column(nullable = false)
  private int progress;

  @Column(nullable = false, length = NOTE_MAX)
  private String note;

  protected ProgressReport() {}

  public ProgressReport(Task task, String author, Instant reportedAt, int progress, String note) {
    this.task = task;
    this.author = author;
    this.reportedAt = reportedAt;
    this.progress = progress;
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public Task getTask() {
    return task;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public int getProgress() {
    return progress;
  }

  public String getNote() {
    return note;
  }
}
