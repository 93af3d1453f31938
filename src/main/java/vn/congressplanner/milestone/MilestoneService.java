package vn.congressplanner.milestone;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.AccountService;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.congress.DeadlineAnchor;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentService;
import vn.congressplanner.history.Changes;
import vn.congressplanner.history.HistoryEntry;
import vn.congressplanner.history.HistoryService;
import vn.congressplanner.milestone.internal.MilestoneRepository;
import vn.congressplanner.system.ConflictException;
import vn.congressplanner.system.ForbiddenException;
import vn.congressplanner.system.NotFoundException;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.system.Texts;
import vn.congressplanner.system.Today;

/**
 * Milestones and their approval workflow: create and edit (with rule D8 on date changes), submit
 * (D7), approve and return. Every refusal throws before anything is written; every change is
 * recorded in the history under {@link #HISTORY_TYPE}.
 */
@Service
@Transactional(readOnly = true)
public class MilestoneService {

  public static final String HISTORY_TYPE = "MILESTONE";
  static final int TITLE_MAX = 500;
  static final int SUBMIT_TO_MAX = 200;
  static final int TEXT_MAX = 4000;

  private final MilestoneRepository milestones;
  private final MilestoneQueries queries;
  private final LinkedTasks linkedTasks;
  private final DepartmentService departments;
  private final AccountService accounts;
  private final CongressService congresses;
  private final HistoryService history;
  private final Today today;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  MilestoneService(
      MilestoneRepository milestones,
      MilestoneQueries queries,
      LinkedTasks linkedTasks,
      DepartmentService departments,
      AccountService accounts,
      CongressService congresses,
      HistoryService history,
      Today today,
      Clock clock,
      ApplicationEventPublisher events) {
    this.milestones = milestones;
    this.queries = queries;
    this.linkedTasks = linkedTasks;
    this.departments = departments;
    this.accounts = accounts;
    this.congresses = congresses;
    this.history = history;
    this.today = today;
    this.clock = clock;
    this.events = events;
  }

  /**
   * What the milestone form changes (SPEC §7); {@code workstream} null = cross-cutting. With {@code
   * dueAnchor} OPENING or CLOSING the due date is relative (rule D13): {@code dueOffsetDays} days
   * before the opening or after the closing, and {@code dueDate} is ignored.
   */
  public record Fields(
      String title,
      Workstream workstream,
      DeliverableKind kind,
      LocalDate dueDate,
      String submitTo,
      Long responsibleDepartment,
      String changeReason,
      Long version,
      DeadlineAnchor dueAnchor,
      Integer dueOffsetDays) {

    public Fields {
      dueAnchor = dueAnchor == null ? DeadlineAnchor.FIXED : dueAnchor;
      dueOffsetDays = dueAnchor.isRelative() ? dueOffsetDays : null;
    }

    /** Fields with a fixed due date. */
    public Fields(
        String title,
        Workstream workstream,
        DeliverableKind kind,
        LocalDate dueDate,
        String submitTo,
        Long responsibleDepartment,
        String changeReason,
        Long version) {
      this(
          title,
          workstream,
          kind,
          dueDate,
          submitTo,
          responsibleDepartment,
          changeReason,
          version,
          DeadlineAnchor.FIXED,
          null);
    }

    /** The effective due date in a congress: computed when relative, as typed when fixed. */
    LocalDate effectiveDue(Congress congress) {
      return dueAnchor.isRelative()
          ? dueAnchor.resolve(dueOffsetDays, congress.getOpeningDate(), congress.getClosingDate())
          : dueDate;
    }

    /** "D−30" for a relative due date, FIXED for a fixed one (the history's value). */
    String dueRule() {
      return dueAnchor.isRelative() ? dueAnchor.code(dueOffsetDays) : DeadlineAnchor.FIXED.name();
    }
  }

  /** One row of the milestone list. */
  public record Overview(Milestone milestone, long tasksDone, long tasksTotal, LocalDate today) {

    /** Still to be submitted (open or returned). */
    public boolean pending() {
      return milestone.awaitsSubmission();
    }

    /** Days until the due date (0 on the day, negative once passed). */
    public long daysLeft() {
      return -MilestoneRules.daysLate(milestone.getDueDate(), today);
    }

    /** Pending and past its due date: submitting now is late (D7). */
    public boolean overdue() {
      return pending() && MilestoneRules.isLate(milestone.getDueDate(), today);
    }
  }

  /**
   * One field change in a timeline step. Dates are {@link LocalDate}s, the late flag a {@link
   * Boolean}, everything else the recorded text (enum names for status, workstream and kind).
   */
  public record TimelineChange(String field, Object oldValue, Object newValue) {}

  /** One step of the workflow or one edit: who, when, what changed and why. */
  public record TimelineStep(
      Instant at, String actor, String actorName, String reason, List<TimelineChange> changes) {

    /** The status this step moved the milestone to, or {@code null} for an edit. */
    public String newStatus() {
      return changes.stream()
          .filter(c -> c.field().equals("status"))
          .map(c -> (String) c.newValue())
          .findFirst()
          .orElse(null);
    }

    public boolean created() {
      return changes.stream().anyMatch(c -> c.field().equals("title") && c.oldValue() == null);
    }
  }

  /** Everything the detail page shows. */
  public record Detail(
      Milestone milestone,
      List<LinkedTasks.Linked> tasks,
      List<TimelineStep> timeline,
      Map<String, String> names,
      LocalDate today) {

    /** A user's full name (submitter, approver), or the username when unknown. */
    public String nameOf(String username) {
      return username == null ? null : names.getOrDefault(username, username);
    }

    public Overview overview() {
      long done = tasks.stream().filter(LinkedTasks.Linked::done).count();
      long total = tasks.stream().filter(t -> !t.cancelled()).count();
      return new Overview(milestone, done, total, today);
    }

    /** Reviewers' comments (approvals and returns), oldest first. */
    public List<TimelineStep> reviews() {
      return timeline.stream()
          .filter(s -> "APPROVED".equals(s.newStatus()) || "RETURNED".equals(s.newStatus()))
          .filter(s -> s.reason() != null)
          .toList();
    }
  }

  // --- read side ---

  /** The current congress's milestones by due date, with linked tasks done / total. */
  public List<Overview> overview(Actor actor) {
    Congress congress = congresses.currentIfAny().orElse(null);
    if (congress == null) {
      return List.of();
    }
    LocalDate day = today.date();
    Map<Long, LinkedTasks.Progress> counts =
        linkedTasks.progress(congress.getId(), clearance(actor));
    return queries.listOfCongress(congress.getId()).stream()
        .map(
            m -> {
              LinkedTasks.Progress c = counts.get(m.getId());
              return new Overview(m, c == null ? 0 : c.done(), c == null ? 0 : c.total(), day);
            })
        .toList();
  }

  /** The milestone with this id, if any (a form's unknown id becomes a field error). */
  public Optional<Milestone> find(Long id) {
    return id == null ? Optional.empty() : queries.withDepartment(id);
  }

  /** A congress's milestones by due date, with their departments (a plan copy's source). */
  public List<Milestone> ofCongress(long congressId) {
    return queries.listOfCongress(congressId);
  }

  /** The current congress's milestones by due date (dropdowns and filters). */
  public List<Milestone> ofCurrentCongress() {
    return congresses.currentIfAny().map(c -> queries.listOfCongress(c.getId())).orElse(List.of());
  }

  /**
   * The current congress's milestones with the days left on {@code asOf} (or today); empty when no
   * congress is set up yet.
   */
  public List<MilestoneLine> lines(LocalDate asOf) {
    LocalDate day = asOf != null ? asOf : today.date();
    return congresses.currentIfAny().map(c -> lines(c.getId(), day)).orElse(List.of());
  }

  /** The milestones of a congress with the days left on {@code day}, by due date. */
  public List<MilestoneLine> lines(long congressId, LocalDate day) {
    return queries.listOfCongress(congressId).stream()
        .map(
            m ->
                new MilestoneLine(
                    m.getId(),
                    m.getTitle(),
                    m.getWorkstream(),
                    m.getDueDate(),
                    m.getStatus(),
                    m.isLate(),
                    m.getResponsibleDepartment().getName(),
                    m.awaitsSubmission() ? ChronoUnit.DAYS.between(day, m.getDueDate()) : null,
                    m.getDueCode()))
        .toList();
  }

  /** A milestone with its responsible department loaded. */
  public Milestone get(long id) {
    return queries.withDepartment(id).orElseThrow(() -> new NotFoundException("milestone", id));
  }

  public Detail detail(long id, Actor actor) {
    Milestone milestone = get(id);
    LocalDate day = today.date();
    List<LinkedTasks.Linked> tasks = linkedTasks.of(id, clearance(actor));
    List<HistoryEntry> entries = new ArrayList<>(history.of(HISTORY_TYPE, id));
    Collections.reverse(entries); // oldest first: a timeline reads forward
    LinkedHashSet<String> usernames =
        entries.stream()
            .map(HistoryEntry::getActor)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    if (milestone.getSubmittedBy() != null) {
      usernames.add(milestone.getSubmittedBy());
    }
    if (milestone.getApprovedBy() != null) {
      usernames.add(milestone.getApprovedBy());
    }
    Map<String, String> names = fullNames(usernames);
    return new Detail(milestone, tasks, timeline(entries, names), names, day);
  }

  /** Full names for usernames, in one query. */
  private Map<String, String> fullNames(Collection<String> usernames) {
    return accounts.fullNames(usernames);
  }

  private static List<TimelineStep> timeline(
      List<HistoryEntry> entries, Map<String, String> names) {
    List<TimelineStep> steps = new ArrayList<>();
    List<HistoryEntry> group = new ArrayList<>();
    for (HistoryEntry e : entries) {
      if (!group.isEmpty() && !sameStep(group.get(0), e)) {
        steps.add(step(group, names));
        group = new ArrayList<>();
      }
      group.add(e);
    }
    if (!group.isEmpty()) {
      steps.add(step(group, names));
    }
    return steps;
  }

  /** One service call records all its fields with one instant and one actor. */
  private static boolean sameStep(HistoryEntry a, HistoryEntry b) {
    return a.getChangedAt().equals(b.getChangedAt()) && a.getActor().equals(b.getActor());
  }

  private static TimelineStep step(List<HistoryEntry> group, Map<String, String> names) {
    HistoryEntry first = group.get(0);
    String reason =
        group.stream()
            .map(HistoryEntry::getReason)
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null);
    List<TimelineChange> changes =
        group.stream()
            .map(
                e ->
                    new TimelineChange(
                        e.getField(),
                        value(e.getField(), e.getOldValue()),
                        value(e.getField(), e.getNewValue())))
            .toList();
    return new TimelineStep(
        first.getChangedAt(),
        first.getActor(),
        names.getOrDefault(first.getActor(), first.getActor()),
        reason,
        changes);
  }

  private static Object value(String field, String recorded) {
    if (recorded == null) {
      return null;
    }
    return switch (field) {
      case "dueDate" -> LocalDate.parse(recorded);
      case "late" -> Boolean.valueOf(recorded);
      default -> recorded;
    };
  }

  // --- who may act (for pages; the write methods check again) ---

  public boolean canManage(Actor actor) {
    return MilestoneRules.mayManage(actor);
  }

  public boolean canSubmit(Milestone milestone, Actor actor) {
    return milestone.awaitsSubmission() && MilestoneRules.maySubmit(milestone, actor);
  }

  public boolean canReview(Milestone milestone, Actor actor) {
    return milestone.awaitsReview() && MilestoneRules.mayManage(actor);
  }

  /** Whether submitting today would be late (D7): the submit form then asks for a reason. */
  public boolean submittingIsLate(Milestone milestone) {
    return MilestoneRules.isLate(milestone.getDueDate(), today.date());
  }

  /** Refuses (403) anyone who may not create or edit milestones. */
  public void checkCanManage(Actor actor) {
    if (!MilestoneRules.mayManage(actor)) {
      throw new ForbiddenException("only leaders and admins manage milestones");
    }
  }

  // --- create and edit ---

  /** Creates a milestone of the current congress. */
  @Transactional
  public Milestone create(Fields f, Actor actor) {
    return createIn(congresses.current(), f, actor, null);
  }

  /**
   * Creates a milestone of {@code congress} (a plan copied into another congress): the same access,
   * rules and history as {@link #create}; {@code reason} is kept with the "created" history line.
   */
  @Transactional
  public Milestone createIn(Congress congress, Fields f, Actor actor, String reason) {
    checkCanManage(actor);
    List<RuleViolation> violations = new ArrayList<>();
    Department department = checkFields(f, null, violations);
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    Milestone milestone =
        new Milestone(
            congress,
            Texts.clean(f.title()),
            f.workstream(),
            f.effectiveDue(congress),
            f.kind(),
            Texts.clean(f.submitTo()),
            department);
    milestone.setRelativeDue(f.dueAnchor(), f.dueOffsetDays());
    milestones.save(milestone);
    Changes changes =
        new Changes()
            .compare("title", null, milestone.getTitle())
            .compare("workstream", null, milestone.getWorkstream())
            .compare("kind", null, milestone.getKind())
            .compare("dueDate", null, milestone.getDueDate())
            .compare("dueRule", null, milestone.isRelativeDue() ? milestone.getDueCode() : null)
            .compare("submitTo", null, milestone.getSubmitTo())
            .compare("responsibleDepartment", null, department.getName())
            .compare("status", null, milestone.getStatus());
    history.record(HISTORY_TYPE, milestone.getId(), actor.username(), changes, reason);
    return milestone;
  }

  /**
   * Every rule a new milestone of {@code congress} would break, without storing anything (a plan
   * copy's preview judges each milestone with it).
   */
  public List<RuleViolation> checkCreate(Fields f) {
    List<RuleViolation> violations = new ArrayList<>();
    checkFields(f, null, violations);
    return violations;
  }

  /**
   * Changes a milestone. A stale {@code version} is a conflict; a due date change is rule D8: it
   * needs a reason and may not fall before the deadline of a linked task.
   */
  @Transactional
  public Milestone update(long id, Fields f, Actor actor) {
    checkCanManage(actor);
    Milestone milestone = get(id);
    if (f.version() != null && f.version() != milestone.getVersion()) {
      throw new ConflictException("milestone", id);
    }
    List<RuleViolation> violations = new ArrayList<>();
    Department department = checkFields(f, milestone.getResponsibleDepartment(), violations);
    String reason = Texts.clean(f.changeReason());
    if (reason != null && reason.length() > TEXT_MAX) {
      violations.add(new RuleViolation("changeReason", "milestone.tooLong", TEXT_MAX));
    }
    LocalDate due = f.effectiveDue(milestone.getCongress());
    boolean dateMoves = due != null && !due.equals(milestone.getDueDate());
    if (dateMoves) {
      violations.addAll(
          MilestoneRules.checkDateChange(
              due, reason, linkedTasks.dueAfter(id, due, actor.clearance(), actor.isAdmin())));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    String title = Texts.clean(f.title());
    String submitTo = Texts.clean(f.submitTo());
    Changes changes =
        new Changes()
            .compare("title", milestone.getTitle(), title)
            .compare("workstream", milestone.getWorkstream(), f.workstream())
            .compare("kind", milestone.getKind(), f.kind())
            .compare("dueDate", milestone.getDueDate(), due)
            .compare("dueRule", dueRule(milestone), f.dueRule())
            .compare("submitTo", milestone.getSubmitTo(), submitTo)
            .compare(
                "responsibleDepartment",
                milestone.getResponsibleDepartment().getName(),
                department.getName());
    milestone.describe(title, f.workstream(), f.kind(), due, submitTo, department);
    milestone.setRelativeDue(f.dueAnchor(), f.dueOffsetDays());
    history.record(HISTORY_TYPE, id, actor.username(), changes, reason);
    return milestone;
  }

  private static String dueRule(Milestone m) {
    return m.isRelativeDue() ? m.getDueCode() : DeadlineAnchor.FIXED.name();
  }

  /** Required fields and lengths; returns the responsible department when it is acceptable. */
  private Department checkFields(Fields f, Department current, List<RuleViolation> violations) {
    String title = Texts.clean(f.title());
    if (title == null) {
      violations.add(new RuleViolation("title", "NotBlank"));
    } else if (title.length() > TITLE_MAX) {
      violations.add(new RuleViolation("title", "milestone.tooLong", TITLE_MAX));
    }
    String submitTo = Texts.clean(f.submitTo());
    if (submitTo != null && submitTo.length() > SUBMIT_TO_MAX) {
      violations.add(new RuleViolation("submitTo", "milestone.tooLong", SUBMIT_TO_MAX));
    }
    if (f.kind() == null) {
      violations.add(new RuleViolation("kind", "NotNull"));
    }
    if (f.dueAnchor().isRelative()) {
      // D13: a relative due date has an offset of 0 to MAX_OFFSET_DAYS days.
      if (f.dueOffsetDays() == null) {
        violations.add(new RuleViolation("dueOffsetDays", "milestone.dueOffsetDays.required"));
      } else if (f.dueOffsetDays() < 0 || f.dueOffsetDays() > DeadlineAnchor.MAX_OFFSET_DAYS) {
        violations.add(
            new RuleViolation(
                "dueOffsetDays", "milestone.dueOffsetDays.range", DeadlineAnchor.MAX_OFFSET_DAYS));
      }
    } else if (f.dueDate() == null) {
      violations.add(new RuleViolation("dueDate", "NotNull"));
    }
    if (f.responsibleDepartment() == null) {
      violations.add(new RuleViolation("responsibleDepartment", "NotNull"));
      return null;
    }
    if (current != null && current.getId().equals(f.responsibleDepartment())) {
      return current; // keeping a department that has since been deactivated is fine
    }
    Department department = departments.find(f.responsibleDepartment()).orElse(null);
    if (department == null) {
      violations.add(
          new RuleViolation("responsibleDepartment", "milestone.responsibleDepartment.unknown"));
    } else if (!department.isActive()) {
      violations.add(
          new RuleViolation(
              "responsibleDepartment",
              "milestone.responsibleDepartment.inactive",
              department.getName()));
    }
    return department;
  }

  // --- the workflow ---

  /**
   * Submits (trình) the milestone's deliverable: by the responsible department's staff, a leader or
   * an admin; from {@code OPEN} or {@code RETURNED}. After the due date a late reason is required
   * and the milestone stays late for good (D7).
   */
  @Transactional
  public Milestone submit(long id, String note, String lateReason, Actor actor) {
    Milestone milestone = get(id);
    if (!MilestoneRules.maySubmit(milestone, actor)) {
      throw new ForbiddenException("only the responsible department or a leader submits");
    }
    String cleanNote = Texts.clean(note);
    String reason = Texts.clean(lateReason);
    LocalDate day = today.date();
    List<RuleViolation> violations = MilestoneRules.checkSubmit(milestone, day, reason);
    checkLength("note", cleanNote, violations);
    checkLength("lateReason", reason, violations);
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    Changes changes =
        new Changes().compare("status", milestone.getStatus(), MilestoneStatus.SUBMITTED);
    boolean late = MilestoneRules.isLate(milestone.getDueDate(), day);
    if (late) {
      changes.compare("late", milestone.isLate(), true).event("lateReason", reason);
    }
    Instant now = clock.instant();
    milestone.submit(actor.username(), now, cleanNote, late, reason);
    history.record(HISTORY_TYPE, id, actor.username(), changes, cleanNote);
    events.publishEvent(
        new MilestoneSubmitted(
            id, milestone.getCongress().getId(), milestone.getKind(), actor.username(), now, late));
    return milestone;
  }

  /**
   * Approves (ban hành) a submitted milestone: leaders and admins only; the comment is optional.
   */
  @Transactional
  public Milestone approve(long id, String comment, Actor actor) {
    Milestone milestone = get(id);
    checkCanReview(actor);
    String cleanComment = Texts.clean(comment);
    List<RuleViolation> violations = MilestoneRules.checkReview(milestone, false, cleanComment);
    checkLength("comment", cleanComment, violations);
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    Changes changes =
        new Changes().compare("status", milestone.getStatus(), MilestoneStatus.APPROVED);
    Instant now = clock.instant();
    milestone.approve(actor.username(), now, cleanComment);
    history.record(HISTORY_TYPE, id, actor.username(), changes, cleanComment);
    events.publishEvent(
        new MilestoneApproved(
            id, milestone.getCongress().getId(), milestone.getKind(), actor.username(), now));
    return milestone;
  }

  /** Returns a submitted milestone for rework: leaders and admins only, with a comment (D7). */
  @Transactional
  public Milestone returnForRework(long id, String comment, Actor actor) {
    Milestone milestone = get(id);
    checkCanReview(actor);
    String cleanComment = Texts.clean(comment);
    List<RuleViolation> violations = MilestoneRules.checkReview(milestone, true, cleanComment);
    checkLength("comment", cleanComment, violations);
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    Changes changes =
        new Changes().compare("status", milestone.getStatus(), MilestoneStatus.RETURNED);
    milestone.returnForRework(cleanComment);
    history.record(HISTORY_TYPE, id, actor.username(), changes, cleanComment);
    events.publishEvent(
        new MilestoneReturned(
            id,
            milestone.getCongress().getId(),
            milestone.getKind(),
            actor.username(),
            clock.instant(),
            cleanComment));
    return milestone;
  }

  private static void checkCanReview(Actor actor) {
    if (!MilestoneRules.mayManage(actor)) {
      throw new ForbiddenException("only leaders and admins approve or return milestones");
    }
  }

  private static void checkLength(String field, String value, List<RuleViolation> violations) {
    if (value != null && value.length() > TEXT_MAX) {
      violations.add(new RuleViolation(field, "milestone.tooLong", TEXT_MAX));
    }
  }

  private static Clearance clearance(Actor actor) {
    return actor == null ? Clearance.NORMAL : actor.clearance();
  }
}
