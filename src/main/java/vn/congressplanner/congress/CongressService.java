package vn.congressplanner.congress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.congressplanner.congress.internal.CongressRepository;
import vn.congressplanner.history.Changes;
import vn.congressplanner.history.HistoryService;
import vn.congressplanner.system.ConflictException;
import vn.congressplanner.system.NotFoundException;
import vn.congressplanner.system.RequestMemo;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.system.Texts;

@Service
@Transactional(readOnly = true)
public class CongressService {

  public static final String HISTORY_TYPE = "CONGRESS";
  static final int NAME_MAX = 300;
  static final int TERM_MAX = 50;

  private final CongressRepository congresses;
  private final List<CongressDatesGuard> guards;
  private final HistoryService history;
  private final ApplicationEventPublisher events;

  public CongressService(
      CongressRepository congresses,
      List<CongressDatesGuard> guards,
      HistoryService history,
      ApplicationEventPublisher events) {
    this.congresses = congresses;
    this.guards = guards;
    this.history = history;
    this.events = events;
  }

  /** The congress the pages show by default. */
  public Congress current() {
    return currentIfAny().orElseThrow(() -> new NotFoundException("congress", "current"));
  }

  /**
   * The current congress, read once per web request by read-only callers (a task list asked for it
   * twice: its rows and its milestone filter). A caller inside a writing transaction always reads
   * it from the database, so that what it changes is the managed entity; the writes here forget the
   * request's copy.
   */
  public Optional<Congress> currentIfAny() {
    if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      return congresses.findFirstByCurrentTrue();
    }
    return RequestMemo.get(CURRENT_IN_REQUEST, congresses::findFirstByCurrentTrue);
  }

  private static final String CURRENT_IN_REQUEST = CongressService.class.getName() + ".current";

  public Optional<Congress> find(Long id) {
    return id == null ? Optional.empty() : congresses.findById(id);
  }

  public Congress get(long id) {
    return congresses.findById(id).orElseThrow(() -> new NotFoundException("congress", id));
  }

  /** What the congress settings form changes. */
  public record Settings(
      String name,
      String term,
      CongressLevel level,
      String venue,
      LocalDate preparatoryDate,
      LocalDate openingDate,
      LocalDate closingDate,
      Integer delegates,
      Long version) {

    /** Settings without a version: the change is not checked against a concurrent one. */
    public Settings(
        String name,
        String term,
        CongressLevel level,
        String venue,
        LocalDate preparatoryDate,
        LocalDate openingDate,
        LocalDate closingDate,
        Integer delegates) {
      this(name, term, level, venue, preparatoryDate, openingDate, closingDate, delegates, null);
    }
  }

  /** Every congress, the most recent opening first. */
  public List<Congress> all() {
    return congresses.findAllByOrderByOpeningDateDescIdDesc();
  }

  /**
   * What refuses these settings for a new congress, without storing anything: required name, term
   * and dates, the closing on or after the opening, the preparatory session not after the opening,
   * and no other congress with the same name and term.
   */
  public List<RuleViolation> checkNew(Settings s) {
    List<RuleViolation> violations = new ArrayList<>();
    String name = Texts.clean(s.name());
    if (name == null) {
      violations.add(new RuleViolation("name", "NotBlank"));
    } else if (name.length() > NAME_MAX) {
      violations.add(new RuleViolation("name", "congress.tooLong", NAME_MAX));
    }
    String term = Texts.clean(s.term());
    if (term == null) {
      violations.add(new RuleViolation("term", "NotBlank"));
    } else if (term.length() > TERM_MAX) {
      violations.add(new RuleViolation("term", "congress.tooLong", TERM_MAX));
    }
    if (s.openingDate() == null) {
      violations.add(new RuleViolation("openingDate", "NotNull"));
    }
    if (s.closingDate() == null) {
      violations.add(new RuleViolation("closingDate", "NotNull"));
    }
    violations.addAll(dateViolations(s));
    if (name != null
        && term != null
        && congresses.findAll().stream()
            .anyMatch(
                c ->
                    Texts.fold(c.getName()).equals(Texts.fold(name))
                        && Texts.fold(c.getTerm()).equals(Texts.fold(term)))) {
      violations.add(new RuleViolation("name", "congress.exists", name, term));
    }
    return violations;
  }

  /**
   * Creates a congress that is not the current one (the target of a plan copy); refused, with
   * nothing written, as {@link #checkNew} says.
   */
  @Transactional
  public Congress create(Settings s, String actor) {
    List<RuleViolation> violations = checkNew(s);
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    Congress congress =
        congresses.save(
            new Congress(
                Texts.clean(s.name()),
                Texts.clean(s.term()),
                s.level() != null ? s.level() : CongressLevel.PROVINCE,
                Texts.clean(s.venue()),
                s.preparatoryDate(),
                s.openingDate(),
                s.closingDate()));
    congress.setDelegates(s.delegates());
    history.record(
        HISTORY_TYPE,
        congress.getId(),
        actor,
        new Changes()
            .compare("name", null, congress.getName())
            .compare("term", null, congress.getTerm())
            .compare("openingDate", null, congress.getOpeningDate())
            .compare("closingDate", null, congress.getClosingDate()),
        null);
    return congress;
  }

  /**
   * Makes {@code id} the congress the pages show (the plan, the dashboard, the reports); the one
   * shown before keeps its plan and can be made current again.
   */
  @Transactional
  public Congress makeCurrent(long id, String actor) {
    RequestMemo.forget(CURRENT_IN_REQUEST);
    Congress chosen = get(id);
    Optional<Congress> before = currentIfAny();
    if (before.isPresent() && before.get().getId().equals(chosen.getId())) {
      return chosen;
    }
    before.ifPresent(c -> c.setCurrent(false));
    chosen.setCurrent(true);
    history.record(
        HISTORY_TYPE,
        chosen.getId(),
        actor,
        new Changes().compare("current", false, true),
        before.map(Congress::getName).orElse(null));
    return chosen;
  }

  private static List<RuleViolation> dateViolations(Settings s) {
    List<RuleViolation> violations = new ArrayList<>();
    if (s.openingDate() != null
        && s.closingDate() != null
        && s.closingDate().isBefore(s.openingDate())) {
      violations.add(new RuleViolation("closingDate", "congress.closingBeforeOpening"));
    }
    if (s.preparatoryDate() != null
        && s.openingDate() != null
        && s.preparatoryDate().isAfter(s.openingDate())) {
      violations.add(new RuleViolation("preparatoryDate", "congress.preparatoryAfterOpening"));
    }
    return violations;
  }

  /**
   * Changes the current congress (or creates the first one). Refused, with nothing written, when
   * the closing date is before the opening date or when a guard (rules D9, D13) objects. When the
   * dates move, the guards move what follows them (relative deadlines) in this transaction.
   */
  @Transactional
  public Congress updateCurrent(Settings s, String actor) {
    RequestMemo.forget(CURRENT_IN_REQUEST);
    List<RuleViolation> violations = dateViolations(s);
    Optional<Congress> existing = currentIfAny();
    if (existing.isPresent() && s.version() != null) {
      ConflictException.check(
          "congress", existing.get().getId(), s.version(), existing.get().getVersion());
    }
    if (violations.isEmpty() && existing.isPresent()) {
      for (CongressDatesGuard guard : guards) {
        violations.addAll(guard.check(existing.get(), s.openingDate(), s.closingDate()));
      }
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    Congress congress =
        existing.orElseGet(
            () -> {
              Congress created =
                  new Congress(
                      s.name(),
                      s.term(),
                      s.level(),
                      s.venue(),
                      s.preparatoryDate(),
                      s.openingDate(),
                      s.closingDate());
              created.setCurrent(true);
              return congresses.save(created);
            });
    Changes changes =
        new Changes()
            .compare("name", congress.getName(), s.name())
            .compare("term", congress.getTerm(), s.term())
            .compare("level", congress.getLevel(), s.level())
            .compare("venue", congress.getVenue(), s.venue())
            .compare("preparatoryDate", congress.getPreparatoryDate(), s.preparatoryDate())
            .compare("openingDate", congress.getOpeningDate(), s.openingDate())
            .compare("closingDate", congress.getClosingDate(), s.closingDate())
            .compare("delegates", congress.getDelegates(), s.delegates());
    LocalDate oldOpening = existing.map(Congress::getOpeningDate).orElse(null);
    LocalDate oldClosing = existing.map(Congress::getClosingDate).orElse(null);
    congress.setName(Texts.clean(s.name()));
    congress.setTerm(Texts.clean(s.term()));
    congress.setLevel(s.level());
    congress.setVenue(Texts.clean(s.venue()));
    congress.setPreparatoryDate(s.preparatoryDate());
    congress.setDates(s.openingDate(), s.closingDate());
    congress.setDelegates(s.delegates());
    history.record(HISTORY_TYPE, congress.getId(), actor, changes, null);
    if (existing.isPresent()
        && (!Objects.equals(oldOpening, s.openingDate())
            || !Objects.equals(oldClosing, s.closingDate()))) {
      for (CongressDatesGuard guard : guards) {
        guard.datesMoved(congress, oldOpening, oldClosing, actor);
      }
      events.publishEvent(
          new CongressDatesChanged(
              congress.getId(), oldOpening, oldClosing, s.openingDate(), s.closingDate(), actor));
    }
    return congress;
  }
}
