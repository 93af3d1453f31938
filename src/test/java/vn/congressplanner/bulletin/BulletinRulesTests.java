package vn.congressplanner.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.account.Role;
import vn.congressplanner.system.RuleViolation;

/** D12 and the coverage link rule at their edges, with "today" passed in. */
class BulletinRulesTests {

  static final LocalDate PREPARATORY = LocalDate.of(2020, 9, 22);
  static final LocalDate OPENING = LocalDate.of(2020, 9, 23);
  static final LocalDate CLOSING = LocalDate.of(2020, 9, 24);
  static final LocalDate AFTER = LocalDate.of(2020, 9, 30);

  static final Actor STAFF = actor(Role.STAFF, 7L);
  static final Actor LEADER = actor(Role.LEADER, 1L);
  static final Actor ADMIN = actor(Role.ADMIN, 1L);

  static Actor actor(Role role, Long department) {
    return new Actor(
        1L, role.name().toLowerCase(), role.name(), role, department, Clearance.NORMAL);
  }

  static List<String> codes(List<RuleViolation> violations) {
    return violations.stream().map(RuleViolation::code).toList();
  }

  static List<String> date(LocalDate date, LocalDate today) {
    return codes(BulletinRules.date(date, PREPARATORY, CLOSING, today));
  }

  @Test
  void theDayBeforeThePreparatorySessionIsRefused() {
    assertThat(date(PREPARATORY.minusDays(1), AFTER))
        .containsExactly("bulletin.date.outsideCongress");
  }

  @Test
  void thePreparatorySessionIsTheFirstDay() {
    assertThat(date(PREPARATORY, AFTER)).isEmpty();
  }

  @Test
  void theClosingDayIsTheLastDay() {
    assertThat(date(CLOSING, AFTER)).isEmpty();
    assertThat(date(CLOSING.plusDays(1), AFTER)).containsExactly("bulletin.date.outsideCongress");
  }

  @Test
  void todayIsAllowedTomorrowIsNot() {
    assertThat(date(OPENING, OPENING)).isEmpty();
    assertThat(date(CLOSING, OPENING)).containsExactly("bulletin.date.future");
  }

  @Test
  void beforeTheCongressNoDayCanBePosted() {
    assertThat(date(PREPARATORY, PREPARATORY.minusDays(1))).containsExactly("bulletin.date.future");
  }

  @Test
  void aMissingDateIsRefusedNextToTheField() {
    List<RuleViolation> v = BulletinRules.date(null, PREPARATORY, CLOSING, AFTER);
    assertThat(v).singleElement().satisfies(r -> assertThat(r.field()).isEqualTo("date"));
  }

  @Test
  void withoutAPreparatorySessionTheOpeningIsTheFirstDay() {
    assertThat(BulletinRules.firstDay(null, OPENING)).isEqualTo(OPENING);
    assertThat(BulletinRules.firstDay(PREPARATORY, OPENING)).isEqualTo(PREPARATORY);
    assertThat(codes(BulletinRules.date(PREPARATORY, OPENING, CLOSING, AFTER)))
        .containsExactly("bulletin.date.outsideCongress");
  }

  @Test
  void staffEditAPastDayWithinTwoDaysOfItsDate() {
    assertThat(BulletinRules.editWindow(PREPARATORY, STAFF, PREPARATORY)).isEmpty();
    assertThat(BulletinRules.editWindow(PREPARATORY, STAFF, PREPARATORY.plusDays(2))).isEmpty();
    assertThat(codes(BulletinRules.editWindow(PREPARATORY, STAFF, PREPARATORY.plusDays(3))))
        .containsExactly("bulletin.edit.tooLate");
  }

  @Test
  void leadersAndAdminsEditAnyPastDay() {
    assertThat(BulletinRules.editWindow(PREPARATORY, LEADER, AFTER.plusYears(1))).isEmpty();
    assertThat(BulletinRules.editWindow(PREPARATORY, ADMIN, AFTER.plusYears(1))).isEmpty();
  }

  @Test
  void staffTouchOnlyTheirOwnDepartmentsBulletins() {
    assertThat(BulletinRules.mayTouch(STAFF, 7L)).isTrue();
    assertThat(BulletinRules.mayTouch(STAFF, 8L)).isFalse();
    assertThat(BulletinRules.mayTouch(STAFF, null)).isFalse();
    assertThat(BulletinRules.mayTouch(LEADER, 8L)).isTrue();
    assertThat(BulletinRules.mayTouch(ADMIN, null)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://baoyenbai.com.vn/11/phien-tru-bi",
        "http://vtv.vn/chinh-tri/khai-mac?x=1#a",
        "HTTPS://NHANDAN.VN/",
        "https://yenbai.gov.vn/tin-t%E1%BB%A9c"
      })
  void httpAndHttpsLinksAreAccepted(String url) {
    assertThat(BulletinRules.urlProblem(url)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "ftp://baoyenbai.com.vn/a",
        "mailto:toasoan@baoyenbai.com.vn",
        "//evil.example/x",
        "/bulletins/1",
        "baoyenbai.com.vn/11"
      })
  void everyOtherKindOfLinkIsRefused(String url) {
    assertThat(BulletinRules.urlProblem(url)).isEqualTo("coverage.url.scheme");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://",
        "http:///path",
        "https://a b.vn/",
        "https://x.vn/<b>",
        "java\tscript:x"
      })
  void malformedLinksAreRefused(String url) {
    assertThat(BulletinRules.urlProblem(url)).isEqualTo("coverage.url.invalid");
  }

  @Test
  void noLinkIsFineAndAnOverlongOneIsNot() {
    assertThat(BulletinRules.urlProblem(null)).isNull();
    assertThat(BulletinRules.urlProblem("https://x.vn/" + "a".repeat(BulletinRules.URL_MAX)))
        .isEqualTo("coverage.url.tooLong");
  }
}
