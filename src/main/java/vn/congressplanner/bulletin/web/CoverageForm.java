package vn.congressplanner.bulletin.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.congressplanner.bulletin.BulletinService;
import vn.congressplanner.bulletin.CoverageKind;

/** A media item (SPEC §7: {@code outlet}, {@code kind}, {@code title}, {@code url}, …). */
class CoverageForm {

  private String outlet;
  private CoverageKind kind;
  private String title;
  private String url;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate publishedOn;

  BulletinService.CoverageFields fields() {
    return new BulletinService.CoverageFields(outlet, kind, title, url, publishedOn);
  }

  public String getOutlet() {
    return outlet;
  }

  public void setOutlet(String outlet) {
    this.outlet = outlet;
  }

  public CoverageKind getKind() {
    return kind;
  }

  public void setKind(CoverageKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public void setPublishedOn(LocalDate publishedOn) {
    this.publishedOn = publishedOn;
  }
}
