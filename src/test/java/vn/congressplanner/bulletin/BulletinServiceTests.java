package vn.congressplanner.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congressplanner.account.AccountService;
import vn.congressplanner.account.Actor;
import vn.congressplanner.bulletin.internal.BulletinRepository;
import vn.congressplanner.bulletin.internal.CoverageRepository;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.department.DepartmentService;
import vn.congressplanner.history.HistoryService;
import vn.congressplanner.support.IntegrationTest;
import vn.congressplanner.system.ConflictException;
import vn.congressplanner.system.ForbiddenException;
import vn.congressplanner.system.PlannerProperties;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.system.Today;

/**
 * The bulletin service against the demo congress (preparatory session 22/9/2020, opening 23/9,
 * closing 24/9) in PostgreSQL, with "today" pinned per test: D12 at its edges, the department rule,
 * the coverage link rule and the history; every refusal leaves the database as it was.
 */
@IntegrationTest
class BulletinServiceTests {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  static final LocalDate PREPARATORY = LocalDate.of(2020, 9, 22);
  static final LocalDate OPENING = LocalDate.of(2020, 9, 23);
  static final LocalDate CLOSING = LocalDate.of(2020, 9, 24);

  @Autowired BulletinRepository bulletins;
  @Autowired CoverageRepository coverage;
  @Autowired CongressService congresses;
  @Autowired DepartmentService departments;
  @Autowired HistoryService history;
  @Autowired PlannerProperties properties;
  @Autowired AccountService accounts;
  @Autowired PlatformTransactionManager transactions;
  @Autowired DataSource dataSource;

  Actor staff; // tuyengiao, Ban Tuyên giáo
  Actor otherStaff; // congan, Công an tỉnh
  Actor leader; // lanhdao

  @BeforeEach
  void actors() {
    staff = actor("tuyengiao");
    otherStaff = actor("congan");
    leader = actor("lanhdao");
  }

  Actor actor(String username) {
    return new TransactionTemplate(transactions)
        .execute(
            s ->
                accounts.all().stream()
                    .filter(u -> u.getUsername().equals(username))
                    .findFirst()
                    .orElseThrow()
                    .toActor());
  }

  /** The service as it runs on {@code day}. */
  BulletinService on(LocalDate day) {
    Clock clock = Clock.fixed(day.atTime(15, 0).atZone(ZONE).toInstant(), ZONE);
    return new BulletinService(
        bulletins, coverage, congresses, departments, history, new Today(clock, properties), clock);
  }

  <T> T tx(Supplier<T> work) {
    return new TransactionTemplate(transactions).execute(s -> work.get());
  }

  Bulletin post(LocalDate today, LocalDate date, Actor actor) {
    return tx(
        () ->
            on(today)
                .post(
                    new BulletinService.Fields(
                        date, BulletinSession.MORNING, "Nội dung kiểm thử\n\nĐoạn hai", null),
                    actor));
  }

  String snapshot() {
    return new JdbcTemplate(dataSource)
        .queryForList(
            "select (select count(*) from bulletin) b, (select count(*) from coverage_item) c,"
                + " (select count(*) from history_entry) h,"
                + " (select string_agg(bulletin_date || session || content || version, ','"
                + " order by id) from bulletin) bs")
        .toString();
  }

  List<String> refusedUnchanged(Runnable change) {
    String before = snapshot();
    Throwable thrown = null;
    try {
      change.run();
    } catch (RuntimeException e) {
      thrown = e;
    }
    assertThat(thrown).isInstanceOf(RuleViolationException.class);
    assertThat(snapshot()).as("nothing changed").isEqualTo(before);
    return ((RuleViolationException) thrown)
        .violations().stream().map(RuleViolation::code).toList();
  }

  @Test
  void theDayBeforeThePreparatorySessionIsRefused() {
    assertThat(refusedUnchanged(() -> post(CLOSING, PREPARATORY.minusDays(1), staff)))
        .containsExactly("bulletin.date.outsideCongress");
  }

  @Test
  void thePreparatorySessionAndTheClosingDayArePosted() {
    Bulletin first = post(PREPARATORY, PREPARATORY, staff);
    Bulletin last = post(CLOSING.plusDays(6), CLOSING, staff);
    assertThat(bulletins.findById(first.getId())).isPresent();
    assertThat(last.getDate()).isEqualTo(CLOSING);
    assertThat(last.getDepartment().getId()).isEqualTo(staff.departmentId());
    assertThat(last.paragraphs()).containsExactly("Nội dung kiểm thử", "Đoạn hai");
    assertThat(history.of(BulletinService.HISTORY_TYPE, last.getId()))
        .extracting(h -> h.getField())
        .contains("date", "session", "content");
  }

  @Test
  void theDayAfterTheClosingIsRefused() {
    assertThat(refusedUnchanged(() -> post(CLOSING.plusDays(5), CLOSING.plusDays(1), staff)))
        .containsExactly("bulletin.date.outsideCongress");
  }

  @Test
  void aDayAfterTodayIsRefused() {
    assertThat(refusedUnchanged(() -> post(OPENING, CLOSING, staff)))
        .containsExactly("bulletin.date.future");
  }

  @Test
  void staffEditTheirPastDayWithinTwoDaysOfItsDate() {
    Bulletin b = post(PREPARATORY, PREPARATORY, staff);
    Bulletin edited =
        tx(
            () ->
                on(PREPARATORY.plusDays(2))
                    .update(
                        b.getId(),
                        new BulletinService.Fields(
                            PREPARATORY, BulletinSession.PREPARATORY, "Đã sửa", b.getVersion()),
                        staff));
    assertThat(edited.getContent()).isEqualTo("Đã sửa");
    assertThat(history.of(BulletinService.HISTORY_TYPE, b.getId()))
        .anySatisfy(h -> assertThat(h.getNewValue()).isEqualTo("PREPARATORY"));
  }

  @Test
  void staffCannotEditAPastDayMoreThanTwoDaysAfterItsDateButALeaderCan() {
    Bulletin b = post(PREPARATORY, PREPARATORY, staff);
    long version = bulletins.findById(b.getId()).orElseThrow().getVersion();
    BulletinService.Fields change =
        new BulletinService.Fields(PREPARATORY, BulletinSession.MORNING, "Sửa muộn", version);
    LocalDate threeDaysLater = PREPARATORY.plusDays(3);

    assertThat(
            refusedUnchanged(() -> tx(() -> on(threeDaysLater).update(b.getId(), change, staff))))
        .containsExactly("bulletin.edit.tooLate");
    // Coverage keeps coming after the day: adding it is not an edit; removing it is.
    BulletinService.CoverageFields item =
        new BulletinService.CoverageFields(
            "Báo Yên Bái", CoverageKind.PRINT, "Tin muộn", null, PREPARATORY.plusDays(3));
    Coverage late = tx(() -> on(threeDaysLater).addCoverage(b.getId(), item, staff));
    assertThat(
            refusedUnchanged(
                () ->
                    tx(
                        () -> {
                          on(threeDaysLater).deleteCoverage(b.getId(), late.getId(), staff);
                          return null;
                        })))
        .containsExactly("bulletin.edit.tooLate");

    Bulletin byLeader = tx(() -> on(threeDaysLater).update(b.getId(), change, leader));
    assertThat(byLeader.getContent()).isEqualTo("Sửa muộn");
    assertThat(byLeader.getUpdatedBy()).isEqualTo("lanhdao");
  }

  @Test
  void staffOfAnotherDepartmentAreRefusedAndNothingChanges() {
    Bulletin b = post(OPENING, OPENING, staff);
    String before = snapshot();
    assertThatThrownBy(
            () ->
                tx(
                    () ->
                        on(OPENING)
                            .update(
                                b.getId(),
                                new BulletinService.Fields(
                                    OPENING, BulletinSession.EVENING, "x", b.getVersion()),
                                otherStaff)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () ->
                tx(
                    () ->
                        on(OPENING)
                            .addCoverage(
                                b.getId(),
                                new BulletinService.CoverageFields(
                                    "VTV1", CoverageKind.TV, "Tin", null, OPENING),
                                otherStaff)))
        .isInstanceOf(ForbiddenException.class);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aStaleVersionIsAConflict() {
    Bulletin b = post(OPENING, OPENING, staff);
    String before = snapshot();
    assertThatThrownBy(
            () ->
                tx(
                    () ->
                        on(OPENING)
                            .update(
                                b.getId(),
                                new BulletinService.Fields(
                                    OPENING, BulletinSession.EVENING, "x", b.getVersion() + 7),
                                staff)))
        .isInstanceOf(ConflictException.class);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void coverageLinksOtherThanHttpAreRefusedAndNothingChanges() {
    Bulletin b = post(OPENING, OPENING, staff);
    for (String url :
        List.of("javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>")) {
      BulletinService.CoverageFields item =
          new BulletinService.CoverageFields(
              "Báo Yên Bái", CoverageKind.ONLINE, "Tin", url, OPENING);
      assertThat(refusedUnchanged(() -> tx(() -> on(OPENING).addCoverage(b.getId(), item, staff))))
          .containsExactly("coverage.url.scheme");
    }
  }

  @Test
  void coverageIsAddedRemovedAndCountedWithItsHistory() {
    Bulletin b = post(OPENING, OPENING, staff);
    BulletinService service = on(OPENING);
    Coverage item =
        tx(
            () ->
                service.addCoverage(
                    b.getId(),
                    new BulletinService.CoverageFields(
                        "  Báo Yên Bái ",
                        CoverageKind.ONLINE,
                        "Khai mạc",
                        "https://baoyenbai.com.vn/11/khai-mac",
                        OPENING),
                    staff));
    assertThat(item.getOutlet()).isEqualTo("Báo Yên Bái");
    assertThat(tx(() -> service.get(b.getId())).coverage())
        .singleElement()
        .satisfies(c -> assertThat(c.url()).isEqualTo("https://baoyenbai.com.vn/11/khai-mac"));
    assertThat(
            refusedUnchanged(
                () ->
                    tx(
                        () ->
                            service.addCoverage(
                                b.getId(),
                                new BulletinService.CoverageFields(
                                    "VTV1", CoverageKind.TV, "Ngày mai", null, OPENING.plusDays(1)),
                                staff))))
        .containsExactly("coverage.publishedOn.future");

    tx(
        () -> {
          service.deleteCoverage(b.getId(), item.getId(), staff);
          return null;
        });
    assertThat(tx(() -> service.get(b.getId())).coverage()).isEmpty();
    assertThat(history.of(BulletinService.HISTORY_TYPE, b.getId()))
        .filteredOn(h -> h.getField().equals("coverage"))
        .hasSize(2);
  }

  @Test
  void theDemoBulletinsAreThereInSessionOrder() {
    List<BulletinView.Day> days = tx(() -> on(CLOSING).byDay(null));
    assertThat(days).extracting(BulletinView.Day::date).startsWith(CLOSING).contains(PREPARATORY);
    BulletinView.Day opening = tx(() -> on(CLOSING).byDay(OPENING)).get(0);
    List<BulletinSession> sessions =
        opening.bulletins().stream().map(BulletinView::session).distinct().toList();
    assertThat(sessions).isSorted();
  }
}
