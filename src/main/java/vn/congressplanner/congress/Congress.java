package vn.congressplanner.congress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

@Entity
@Table(name = "congress")
public class Congress {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 300)
  private String name;

  @Column(nullable = false, length = 50)
  private String term;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CongressLevel level;

  @Column(length = 300)
  private String venue;

  @Column(name = "preparatory_date")
  private LocalDate preparatoryDate;

  @Column(name = "opening_date", nullable = false)
  private LocalDate openingDate;

  @Column(name = "closing_date", nullable = false)
  private LocalDate closingDate;

  @Column(name = "delegates")
  private Integer delegates;

  @Column(name = "is_current", nullable = false)
  private boolean current;

  @Version private long version;

  protected Congress() {}

  public Congress(
      String name,
      String term,
      CongressLevel level,
      String venue,
      LocalDate preparatoryDate,
      LocalDate openingDate,
      LocalDate closingDate) {
    this.name = name;
    this.term = term;
    this.level = level;
    this.venue = venue;
    this.preparatoryDate = preparatoryDate;
    this.openingDate = openingDate;
    this.closingDate = closingDate;
  }

  public Phase phaseOf(LocalDate date) {
    return Phase.of(date, openingDate, closingDate);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  void setName(String name) {
    this.name = name;
  }

  /** "Đại hội … (nhiệm kỳ 2020–2025)" as lists and choices show it. */
  public String getLabel() {
    return term == null ? name : name + " (" + term + ")";
  }

  public String getTerm() {
    return term;
  }

  void setTerm(String term) {
    this.term = term;
  }

  public CongressLevel getLevel() {
    return level;
  }

  void setLevel(CongressLevel level) {
    this.level = level;
  }

  public String getVenue() {
    return venue;
  }

  void setVenue(String venue) {
    this.venue = venue;
  }

  public LocalDate getPreparatoryDate() {
    return preparatoryDate;
  }

  void setPreparatoryDate(LocalDate preparatoryDate) {
    this.preparatoryDate = preparatoryDate;
  }

  public LocalDate getOpeningDate() {
    return openingDate;
  }

  public LocalDate getClosingDate() {
    return closingDate;
  }

  void setDates(LocalDate openingDate, LocalDate closingDate) {
    this.openingDate = openingDate;
    this.closingDate = closingDate;
  }

  public Integer getDelegates() {
    return delegates;
  }

  void setDelegates(Integer delegates) {
    this.delegates = delegates;
  }

  public boolean isCurrent() {
    return current;
  }

  void setCurrent(boolean current) {
    this.current = current;
  }

  public long getVersion() {
    return version;
  }
}
