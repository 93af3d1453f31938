package vn.congressplanner.bulletin;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.Actor;
import vn.congressplanner.bulletin.internal.BulletinRepository;
import vn.congressplanner.bulletin.internal.CoverageRepository;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentService;
import vn.congressplanner.history.Changes;
import vn.congressplanner.history.HistoryEntry;
import vn.congressplanner.history.HistoryService;
import vn.congressplanner.system.ConflictException;
import vn.congressplanner.system.ForbiddenException;
import vn.congressplanner.system.Formats;
import vn.congressplanner.system.NotFoundException;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.system.Texts;
import vn.congressplanner.system.Today;

/**
 * Daily bulletins of the current congress and their media coverage: posting, editing, coverage
 * added and removed, each checked against rule D12 and the access rules (SPEC §5) before anything
 * is written, and recorded in the history under {@link #HISTORY_TYPE}. Also the read models of the
 * bulletin pages and of the quick report.
 */
@Service
@Transactional(readOnly = true)
public class BulletinService {

  public static final String HISTORY_TYPE = "BULLETIN";

  private static final Comparator<String> VIETNAMESE =
      Comparator.nullsFirst(Collator.getInstance(Locale.forLanguageTag("vi"))::compare);

  /** "No end" for the queries (a date both databases store, unlike {@code LocalDate.MAX}). */
  private static final LocalDate ALL_DAYS = LocalDate.of(9999, 12, 31);

  private final BulletinRepository bulletins;
  private final CoverageRepository coverage;
  private final CongressService congresses;
  private final DepartmentService departments;
  private final HistoryService history;
  private final Today today;
  private final Clock clock;

  BulletinService(
      BulletinRepository bulletins,
      CoverageRepository coverage,
      CongressService congresses,
      DepartmentService departments,
      HistoryService history,
      Today today,
      Clock clock) {
    this.bulletins = bulletins;
    this.coverage = coverage;
    this.congresses = congresses;
    this.departments = departments;
    this.history = history;
    this.today = today;
    this.clock = clock;
  }

  /** What the bulletin form changes (SPEC §7: {@code date}, {@code session}, {@code content}). */
  public record Fields(LocalDate date, BulletinSession session, String content, Long version) {}

  /** What the coverage form adds ({@code outlet}, {@code kind}, {@code title}, {@code url}, …). */
  public record CoverageFields(
      String outlet, CoverageKind kind, String title, String url, LocalDate publishedOn) {}

  /**
   * The days a bulletin of the current congress may carry: from the preparatory session (or the
   * opening) to the closing, and today.
   */
  public record CongressDays(long congressId, List<LocalDate> days, LocalDate today) {

    public LocalDate first() {
      return days.get(0);
    }

    public LocalDate last() {
      return days.get(days.size() - 1);
    }

    /** The congress days a bulletin can be posted for today (none before the congress). */
    public List<LocalDate> postable() {
      return days.stream().filter(d -> !d.isAfter(today)).toList();
    }

    public boolean contains(LocalDate day) {
      return day != null && days.contains(day);
    }
  }

  /** The bulletins and coverage of a congress up to a day, for the quick report. */
  public record Summary(List<BulletinView.Day> days, long bulletinCount, CoverageCounts coverage) {}

  // ------------------------------------------------------------------ reading

  public Optional<CongressDays> congressDays() {
    return congresses.currentIfAny().map(c -> days(c, today.date()));
  }

  /**
   * The current congress's bulletins by day, newest day first and in session order within a day;
   * only {@code day} when given.
   */
  public List<BulletinView.Day> byDay(LocalDate day) {
    Optional<Congress> congress = congresses.currentIfAny();
    if (congress.isEmpty()) {
      return List.of();
    }
    long id = congress.get().getId();
    List<Bulletin> found =
        day == null ? bulletins.findUntil(id, ALL_DAYS) : bulletins.findOn(id, day);
    return group(found);
  }

  /** Coverage of the current congress per outlet and kind (all of it). */
  public CoverageCounts coverageCounts() {
    return congresses
        .currentIfAny()
        .map(c -> counts(c.getId(), ALL_DAYS))
        .orElse(CoverageCounts.NONE);
  }

  /** What the quick report shows of the bulletins of {@code congressId} dated up to {@code day}. */
  public Summary summary(long congressId, LocalDate day) {
    List<Bulletin> found = bulletins.findUntil(congressId, day);
    List<BulletinView.Day> days = new ArrayList<>(group(found));
    // A report tells the congress in the order it happened: first day first.
    java.util.Collections.reverse(days);
    // Coverage published after the report's day is left out, as are bulletins after it.
    List<BulletinView.Day> trimmed =
        days.stream()
            .map(
                d ->
                    new BulletinView.Day(
                        d.date(), d.bulletins().stream().map(b -> publishedBy(b, day)).toList()))
            .toList();
    return new Summary(trimmed, found.size(), counts(congressId, day));
  }

  /** Whether a congress has any bulletin (the demo loads its own only once). */
  public boolean hasBulletins(long congressId) {
    return bulletins.existsByCongressId(congressId);
  }

  public BulletinView get(long id) {
    return BulletinView.of(find(id));
  }

  /** Whether {@code actor} may change this bulletin today (department and D12 edit window). */
  public boolean canEdit(BulletinView bulletin, Actor actor) {
    return BulletinRules.mayTouch(actor, bulletin.departmentId())
        && BulletinRules.editWindow(bulletin.date(), actor, today.date()).isEmpty();
  }

  /** Whether the only obstacle is the department (to explain why the form is missing). */
  public boolean isOtherDepartments(BulletinView bulletin, Actor actor) {
    return !BulletinRules.mayTouch(actor, bulletin.departmentId());
  }

  public List<HistoryEntry> history(long id) {
    return history.of(HISTORY_TYPE, id);
  }

  // ------------------------------------------------------------------ writing

  /** Posts a bulletin of the current congress as {@code actor} (D12: a congress day, not later). */
  @Transactional
  public Bulletin post(Fields f, Actor actor) {
    return create(f, actor, today.date(), null);
  }

  /**
   * For the demo data only: records a bulletin of a congress that the pinned demo day has not
   * reached yet. The congress-days part of D12 and every field rule still hold; only "not after
   * today" is waived, because the demo's today lies before its own congress.
   */
  @Transactional
  public Bulletin recordHistorical(
      LocalDate date, BulletinSession session, String content, Actor author, Instant postedAt) {
    return create(new Fields(date, session, content, null), author, today.date(), postedAt);
  }

  /** For the demo data only: coverage of a {@link #recordHistorical} bulletin (links checked). */
  @Transactional
  public Coverage recordHistoricalCoverage(long bulletinId, CoverageFields f, Actor author) {
    Bulletin b = find(bulletinId);
    return attach(b, f, author, ALL_DAYS);
  }

  /** Changes a bulletin: the actor's department's (or a leader's), in its D12 window. */
  @Transactional
  public Bulletin update(long id, Fields f, Actor actor) {
    Bulletin b = find(id);
    LocalDate day = today.date();
    checkMayTouch(b, actor);
    ConflictException.check("bulletin", id, f.version(), b.getVersion());
    List<RuleViolation> violations =
        new ArrayList<>(BulletinRules.editWindow(b.getDate(), actor, day));
    String content = Texts.clean(f.content());
    violations.addAll(fields(f, content, b.getCongressId(), day, false));
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    Changes changes =
        new Changes()
            .compare("date", b.getDate(), f.date())
            .compare("session", b.getSession(), f.session())
            .compare("content", b.getContent(), content);
    if (changes.isEmpty()) {
      return b;
    }
    b.change(f.date(), f.session(), content, actor.username(), clock.instant());
    history.record(HISTORY_TYPE, b.getId(), actor.username(), changes, null);
    return b;
  }

  /**
   * Adds a media item to a bulletin of the actor's department (any, for a leader). Posting coverage
   * is like posting (SPEC §5): papers and broadcasts keep coming after the day, so the D12 edit
   * window does not apply; removing an item is an edit and does.
   */
  @Transactional
  public Coverage addCoverage(long bulletinId, CoverageFields f, Actor actor) {
    Bulletin b = find(bulletinId);
    checkMayTouch(b, actor);
    return attach(b, f, actor, today.date());
  }

  /** Whether {@code actor} may add coverage to this bulletin (their department's, or a leader). */
  public boolean canAddCoverage(BulletinView bulletin, Actor actor) {
    return BulletinRules.mayTouch(actor, bulletin.departmentId());
  }

  @Transactional
  public void deleteCoverage(long bulletinId, long coverageId, Actor actor) {
    Bulletin b = find(bulletinId);
    Coverage item =
        b.getCoverage().stream()
            .filter(c -> c.getId() == coverageId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("coverage", coverageId));
    checkMayTouch(b, actor);
    List<RuleViolation> window = BulletinRules.editWindow(b.getDate(), actor, today.date());
    if (!window.isEmpty()) {
      throw new RuleViolationException(window);
    }
    b.removeCoverage(item);
    history.record(
        HISTORY_TYPE,
        b.getId(),
        actor.username(),
        new Changes().compare("coverage", item.describe(), null),
        null);
  }

  // ------------------------------------------------------------------ internals

  /** {@code postedAt} is set only for the demo's historical records (see recordHistorical). */
  private Bulletin create(Fields f, Actor actor, LocalDate day, Instant postedAt) {
    Congress congress = congresses.current();
    String content = Texts.clean(f.content());
    boolean historical = postedAt != null;
    List<RuleViolation> violations = fields(f, content, congress.getId(), day, historical);
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    Department department =
        actor.departmentId() == null ? null : departments.get(actor.departmentId());
    Instant now = historical ? postedAt : clock.instant();
    Bulletin b =
        bulletins.save(
            new Bulletin(
                congress.getId(),
                f.date(),
                f.session(),
                content,
                actor.username(),
                actor.fullName(),
                department,
                now));
    history.record(
        HISTORY_TYPE,
        b.getId(),
        actor.username(),
        new Changes()
            .compare("date", null, f.date())
            .compare("session", null, f.session())
            .compare("content", null, content),
        null);
    return b;
  }

  private List<RuleViolation> fields(
      Fields f, String content, long congressId, LocalDate day, boolean historical) {
    Congress congress = congresses.get(congressId);
    CongressDays days = days(congress, day);
    List<RuleViolation> violations = new ArrayList<>();
    // The demo's historical records waive only "not after today": the day checked is the closing.
    violations.addAll(
        BulletinRules.date(f.date(), days.first(), days.last(), historical ? days.last() : day));
    if (f.session() == null) {
      violations.add(new RuleViolation("session", "bulletin.session.required"));
    }
    if (content == null) {
      violations.add(new RuleViolation("content", "bulletin.content.required"));
    } else if (content.length() > BulletinRules.CONTENT_MAX) {
      violations.add(
          new RuleViolation("content", "bulletin.content.tooLong", BulletinRules.CONTENT_MAX));
    }
    return violations;
  }

  /**
   * Coverage changes are recorded in the bulletin's history but leave the bulletin itself (and its
   * version) alone, so that adding a media item never turns someone's edit into a conflict.
   */
  private Coverage attach(Bulletin b, CoverageFields f, Actor actor, LocalDate day) {
    String outlet = Texts.clean(f.outlet());
    String title = Texts.clean(f.title());
    String url = Texts.clean(f.url());
    List<RuleViolation> violations = new ArrayList<>();
    if (outlet == null) {
      violations.add(new RuleViolation("outlet", "coverage.outlet.required"));
    } else if (outlet.length() > BulletinRules.OUTLET_MAX) {
      violations.add(
          new RuleViolation("outlet", "coverage.outlet.tooLong", BulletinRules.OUTLET_MAX));
    }
    if (f.kind() == null) {
      violations.add(new RuleViolation("kind", "coverage.kind.required"));
    }
    if (title == null) {
      violations.add(new RuleViolation("title", "coverage.title.required"));
    } else if (title.length() > BulletinRules.TITLE_MAX) {
      violations.add(new RuleViolation("title", "coverage.title.tooLong", BulletinRules.TITLE_MAX));
    }
    String urlProblem = BulletinRules.urlProblem(url);
    if (urlProblem != null) {
      violations.add(new RuleViolation("url", urlProblem, BulletinRules.URL_MAX));
    }
    if (f.publishedOn() == null) {
      violations.add(new RuleViolation("publishedOn", "coverage.publishedOn.required"));
    } else if (f.publishedOn().isAfter(day)) {
      violations.add(
          new RuleViolation("publishedOn", "coverage.publishedOn.future", Formats.formatDate(day)));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    Instant now = clock.instant();
    Coverage item =
        b.addCoverage(
            new Coverage(b, outlet, f.kind(), title, url, f.publishedOn(), actor.username(), now));
    coverage.save(item);
    history.record(
        HISTORY_TYPE,
        b.getId(),
        actor.username(),
        new Changes().compare("coverage", null, item.describe()),
        null);
    return item;
  }

  private void checkMayTouch(Bulletin b, Actor actor) {
    Long department = b.getDepartment() == null ? null : b.getDepartment().getId();
    if (!BulletinRules.mayTouch(actor, department)) {
      throw new ForbiddenException("bulletin " + b.getId() + " belongs to another department");
    }
  }

  private Bulletin find(long id) {
    return bulletins.findById(id).orElseThrow(() -> new NotFoundException("bulletin", id));
  }

  private static CongressDays days(Congress c, LocalDate day) {
    LocalDate first = BulletinRules.firstDay(c.getPreparatoryDate(), c.getOpeningDate());
    return new CongressDays(
        c.getId(), first.datesUntil(c.getClosingDate().plusDays(1)).toList(), day);
  }

  /** Days in the order found (newest first), sessions in the order of the day. */
  private static List<BulletinView.Day> group(List<Bulletin> found) {
    Map<LocalDate, List<BulletinView>> byDay = new LinkedHashMap<>();
    List<Bulletin> ordered = new ArrayList<>(found);
    // The database sorts the session column by its name; the day's order is the enum's.
    ordered.sort(
        Comparator.comparing(Bulletin::getDate, Comparator.reverseOrder())
            .thenComparing(Bulletin::getSession)
            .thenComparing(Bulletin::getCreatedAt)
            .thenComparing(Bulletin::getId));
    for (Bulletin b : ordered) {
      byDay.computeIfAbsent(b.getDate(), d -> new ArrayList<>()).add(BulletinView.of(b));
    }
    List<BulletinView.Day> days = new ArrayList<>();
    byDay.forEach((d, list) -> days.add(new BulletinView.Day(d, List.copyOf(list))));
    return days;
  }

  private static BulletinView publishedBy(BulletinView b, LocalDate day) {
    List<BulletinView.CoverageView> items =
        b.coverage().stream().filter(c -> !c.publishedOn().isAfter(day)).toList();
    return items.size() == b.coverage().size()
        ? b
        : new BulletinView(
            b.id(),
            b.date(),
            b.session(),
            b.paragraphs(),
            b.content(),
            b.authorName(),
            b.departmentId(),
            b.department(),
            b.createdAt(),
            b.updatedBy(),
            b.updatedAt(),
            b.version(),
            items);
  }

  private CoverageCounts counts(long congressId, LocalDate until) {
    Map<String, Map<CoverageKind, Long>> byOutlet = new TreeMap<>(VIETNAMESE);
    for (Object[] row : coverage.countByOutletAndKind(congressId, until)) {
      byOutlet
          .computeIfAbsent((String) row[0], o -> new EnumMap<>(CoverageKind.class))
          .merge((CoverageKind) row[1], ((Number) row[2]).longValue(), Long::sum);
    }
    List<CoverageCounts.Outlet> outlets = new ArrayList<>();
    byOutlet.forEach(
        (name, kinds) ->
            outlets.add(
                new CoverageCounts.Outlet(
                    name,
                    Map.copyOf(kinds),
                    kinds.values().stream().mapToLong(Long::longValue).sum())));
    return CoverageCounts.of(outlets);
  }
}
