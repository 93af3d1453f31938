package vn.congressplanner.bulletin;

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
import java.time.Instant;
import java.time.LocalDate;

/** One media item about a bulletin's session: who published what, where and when. */
@Entity
@Table(name = "coverage_item")
public class Coverage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "bulletin_id")
  private Bulletin bulletin;

  @Column(nullable = false, length = 200)
  private String outlet;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private CoverageKind kind;

  @Column(nullable = false, length = 500)
  private String title;

  /** An http(s) address or {@code null}; anything else is refused before it gets here. */
  @Column(length = 2000)
  private String url;

  @Column(name = "published_on", nullable = false)
  private LocalDate publishedOn;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Coverage() {}

  Coverage(
      Bulletin bulletin,
      String outlet,
      CoverageKind kind,
      String title,
      String url,
      LocalDate publishedOn,
      String createdBy,
      Instant createdAt) {
    this.bulletin = bulletin;
    this.outlet = outlet;
    this.kind = kind;
    this.title = title;
    this.url = url;
    this.publishedOn = publishedOn;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  Bulletin getBulletin() {
    return bulletin;
  }

  public String getOutlet() {
    return outlet;
  }

  public CoverageKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getUrl() {
    return url;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** For the history: what the item was. */
  String describe() {
    return outlet + " (" + kind + "): " + title + (url == null ? "" : " <" + url + ">");
  }
}
