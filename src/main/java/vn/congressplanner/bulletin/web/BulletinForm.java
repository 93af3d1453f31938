package vn.congressplanner.bulletin.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.congressplanner.bulletin.BulletinService;
import vn.congressplanner.bulletin.BulletinSession;
import vn.congressplanner.bulletin.BulletinView;

/** The bulletin form (SPEC §7: {@code date}, {@code session}, {@code content}; {@code version}). */
class BulletinForm {

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate date;

  private BulletinSession session;
  private String content;
  private Long version;

  static BulletinForm of(BulletinView b) {
    BulletinForm f = new BulletinForm();
    f.date = b.date();
    f.session = b.session();
    f.content = b.content();
    f.version = b.version();
    return f;
  }

  BulletinService.Fields fields() {
    return new BulletinService.Fields(date, session, content, version);
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public BulletinSession getSession() {
    return session;
  }

  public void setSession(BulletinSession session) {
    this.session = session;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
