package vn.congressplanner.bulletin;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.OptimisticLock;
import vn.congressplanner.department.Department;

/**
 * What happened in one session of a congress day, as posted by the propaganda team. State changes
 * only through {@link BulletinService}; others read the getters.
 */
@Entity
@Table(name = "bulletin")
public class Bulletin {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "congress_id", nullable = false)
  private Long congressId;

  @Column(name = "bulletin_date", nullable = false)
  private LocalDate date;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private BulletinSession session;

  @Column(nullable = false, length = 20000)
  private String content;

  @Column(name = "author_username", nullable = false, length = 60)
  private String authorUsername;

  @Column(name = "author_name", nullable = false, length = 200)
  private String authorName;

  /** The author's department when posting: STAFF of that department may edit it. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "department_id")
  private Department department;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  /** Not part of the bulletin's version: coverage comes and goes without conflicting with edits. */
  @OneToMany(mappedBy = "bulletin", cascade = CascadeType.ALL, orphanRemoval = true)
  @OptimisticLock(excluded = true)
  @OrderBy("publishedOn, id")
  private List<Coverage> coverage = new ArrayList<>();

  protected Bulletin() {}

  Bulletin(
      Long congressId,
      LocalDate date,
      BulletinSession session,
      String content,
      String authorUsername,
      String authorName,
      Department department,
      Instant at) {
    this.congressId = congressId;
    this.date = date;
    this.session = session;
    this.content = content;
    this.authorUsername = authorUsername;
    this.authorName = authorName;
    this.department = department;
    this.createdAt = at;
    this.updatedBy = authorUsername;
    this.updatedAt = at;
  }

  void change(LocalDate date, BulletinSession session, String content, String actor, Instant at) {
    this.date = date;
    this.session = session;
    this.content = content;
    touch(actor, at);
  }

  void touch(String actor, Instant at) {
    this.updatedBy = actor;
    this.updatedAt = at;
  }

  Coverage addCoverage(Coverage item) {
    coverage.add(item);
    return item;
  }

  void removeCoverage(Coverage item) {
    coverage.remove(item);
  }

  /** The content's paragraphs (separated by blank lines), each with its own line breaks. */
  public List<String> paragraphs() {
    return Arrays.stream(content.split("\\R\\s*\\R"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }

  public Long getId() {
    return id;
  }

  public Long getCongressId() {
    return congressId;
  }

  public LocalDate getDate() {
    return date;
  }

  public BulletinSession getSession() {
    return session;
  }

  public String getContent() {
    return content;
  }

  public String getAuthorUsername() {
    return authorUsername;
  }

  public String getAuthorName() {
    return authorName;
  }

  public Department getDepartment() {
    return department;
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

  public List<Coverage> getCoverage() {
    return List.copyOf(coverage);
  }
}
