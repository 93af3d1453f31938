package vn.congressplanner.task;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.congress.DeadlineAnchor;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentService;
import vn.congressplanner.history.Changes;
import vn.congressplanner.history.HistoryService;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.milestone.MilestoneService;
import vn.congressplanner.system.ConflictException;
import vn.congressplanner.system.ForbiddenException;
import vn.congressplanner.system.NotFoundException;
import vn.congressplanner.system.Paging;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.system.Texts;
import vn.congressplanner.system.Today;
import vn.congressplanner.task.internal.ProgressReportRepository;
import vn.congressplanner.task.internal.TaskRepository;

/**
 * Tasks: the list, reading one, creating, editing, progress reports and bulk assignment of the lead
 * department. Access (SPEC §5) and the deadline rules are applied here, whatever the caller, and a
 * refused change writes nothing. A task above the actor's clearance does not exist for them.
 */
@Service
@Transactional(readOnly = true)
public class TaskService {

  public static final String HISTORY_TYPE = "TASK";
  public static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);

  private final TaskRepository tasks;
  private final ProgressReportRepository reports;
  private final MilestoneService milestones;
  private final DepartmentService departments;
  private final CongressService congresses;
  private final HistoryService history;
  private final DeadlineRules rules;
  private final Today today;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final TaskTotals totals;
  private final PlanChanges planChanges;

  TaskService(
      TaskRepository tasks,
      ProgressReportRepository reports,
      MilestoneService milestones,
      DepartmentService departments,
      CongressService congresses,
      HistoryService history,
      DeadlineRules rules,
      Today today,
      Clock clock,
      ApplicationEventPublisher events,
      TaskTotals totals,
      PlanChanges planChanges) {
    this.tasks = tasks;
    this.reports = reports;
    this.milestones = milestones;
    this.departments = departments;
    this.congresses = congresses;
    this.history = history;
    this.rules = rules;
    this.today = today;
    this.clock = clock;
    this.events = events;
    this.totals = totals;
    this.planChanges = planChanges;
  }

  // ---------------------------------------------------------------- reading

  /**
   * One page of the current congress's tasks that the actor may see and that match the filter,
   * ordered by {@code sort}. Lead departments come with the page (no query per row).
   */
  public Page<Task> list(TaskFilter filter, TaskSort sort, int page, int size, Actor actor) {
    PageRequest request = PageRequest.of(Paging.page(page), pageSize(size));
    Congress congress = congresses.currentIfAny().orElse(null);
    if (congress == null) {
      return Page.empty(request);
    }
    Specification<Task> spec = matching(filter, congress, actor);
    // The rows without a count (a slice asks for one row more), the total from TaskTotals: the
    // same number the count query gives, counted once per plan change.
    List<Task> rows = tasks.findBy(ordered(spec, sort), q -> q.slice(request)).getContent();
    long total =
        totals.total(
            new TaskTotals.Key(
                congress.getId(), actor.clearance(), filter, today.date(), today.dueSoonDays()),
            planChanges.stamp(),
            () -> tasks.count(spec));
    return new PageImpl<>(rows, request, total);
  }

  /**
   * What the list's rows depend on besides the request's own parameters: the current congress, the
   * plan's change stamp and the departments' (their names show in the rows); empty without a
   * current congress. Read before the rows, so that a change committed meanwhile is a miss.
   */
  public Optional<ListVersion> listVersion() {
    return congresses
        .currentIfAny()
        .map(c -> new ListVersion(c.getId(), planChanges.stamp(), departments.changeStamp()));
  }

  /** See {@link #listVersion()}. */
  public record ListVersion(long congressId, long planStamp, String departmentStamp) {}

  /** At most this many open tasks on "my work" (a department's open tasks fit in it). */
  public static final int MY_WORK_LIMIT = 200;

  /**
   * "My work": the open tasks (not started, in progress) that the actor's department leads or
   * cooperates on and the actor may see, most urgent first. Ordering by deadline is ordering by
   * urgency for open tasks: overdue ones have passed their deadline, due-soon ones come next.
   */
  public List<WorkItem> myWork(Actor actor) {
    if (actor.departmentId() == null) {
      return List.of();
    }
    LocalDate day = today.date();
    int dueSoon = today.dueSoonDays();
    return congresses
        .currentIfAny()
        .map(
            c -> {
              Specification<Task> open =
                  (root, query, cb) ->
                      root.get("status").in(TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS);
              Specification<Task> spec =
                  matching(TaskFilter.empty().withDepartment(actor.departmentId()), c, actor)
                      .and(open);
              return tasks
                  .findAll(ordered(spec, TaskSort.DEFAULT), PageRequest.of(0, MY_WORK_LIMIT))
                  .getContent()
                  .stream()
                  .map(
                      t -> {
                        DeadlineStatus status = t.deadlineStatusOn(day, dueSoon);
                        long late =
                            status == DeadlineStatus.OVERDUE
                                ? DeadlineStatus.daysOverdue(t.getDeadline(), day)
                                : 0;
                        return new WorkItem(
                            t, status, late, actor.belongsTo(t.getLeadDepartment().getId()));
                      })
                  .toList();
            })
        .orElse(List.of());
  }

  /** How many of the current congress's tasks the actor may see match the filter. */
  public long count(TaskFilter filter, Actor actor) {
    return congresses.currentIfAny().map(c -> tasks.count(matching(filter, c, actor))).orElse(0L);
  }

  /** 25, 50 or 100; anything else is the default 25. */
  public static int pageSize(int requested) {
    return PAGE_SIZES.contains(requested) ? requested : PAGE_SIZES.get(0);
  }

  private Specification<Task> matching(TaskFilter filter, Congress congress, Actor actor) {
    return TaskSpecifications.matching(
        filter, congress.getId(), actor.clearance(), today.date(), today.dueSoonDays());
  }

  /**
   * Adds the order and fetches the lead department, for the page query only (the count query gets
   * neither). Priority and status are ordered by meaning, not by their names' spelling; title by
   * its folded form, so that "Đ" sorts with "D" whatever the database's collation.
   */
  static Specification<Task> ordered(Specification<Task> spec, TaskSort sort) {
    return (root, query, cb) -> {
      Predicate predicate = spec.toPredicate(root, query, cb);
      if (!isCount(query)) {
        root.fetch("leadDepartment", JoinType.INNER);
        query.orderBy(orders(root, cb, sort));
      }
      return predicate;
    };
  }

  private static boolean isCount(CriteriaQuery<?> query) {
    return Long.class.equals(query.getResultType()) || long.class.equals(query.getResultType());
  }

  private static List<Order> orders(Root<Task> root, CriteriaBuilder cb, TaskSort sort) {
    Function<Expression<?>, Order> dir = e -> sort.descending() ? cb.desc(e) : cb.asc(e);
    List<Order> orders = new ArrayList<>();
    switch (sort.key()) {
      case DEADLINE -> orders.add(dir.apply(root.get("deadline")));
      case TITLE -> orders.add(dir.apply(root.get("searchText")));
      case UPDATED -> orders.add(dir.apply(root.get("updatedAt")));
      case STATUS -> {
        orders.add(
            dir.apply(
                cb.selectCase(root.get("status"))
                    .when(TaskStatus.NOT_STARTED, 0)
                    .when(TaskStatus.IN_PROGRESS, 1)
                    .when(TaskStatus.DONE, 2)
                    .otherwise(3)));
        orders.add(cb.asc(root.get("deadline")));
      }
      case PRIORITY -> {
        orders.add(
            dir.apply(
                cb.selectCase(root.get("priority"))
                    .when(Priority.URGENT, 0)
                    .when(Priority.HIGH, 1)
                    .otherwise(2)));
        orders.add(cb.asc(root.get("deadline")));
      }
    }
    // A unique tie-breaker keeps pages stable: no task on two pages, none skipped.
    orders.add(dir.apply(root.get("id")));
    return orders;
  }

  /** The task with its departments and milestone, or 404 when missing or above the clearance. */
  public Task get(long id, Actor actor) {
    return tasks
        .findWithDetailsById(id)
        .filter(t -> actor.canSee(t.getConfidentiality()))
        .orElseThrow(() -> new NotFoundException("task", id));
  }

  /** Progress reports of a visible task, newest first. */
  public List<ProgressReport> reports(long taskId, Actor actor) {
    get(taskId, actor);
    return reports.findByTaskIdOrderByReportedAtDescIdDesc(taskId);
  }

  /** Milestones of the current congress, by due date (the form's dropdown). */
  public List<Milestone> milestoneChoices() {
    return milestones.ofCurrentCongress();
  }

  public boolean canEdit(Task task, Actor actor) {
    return actor.isLeader() || actor.belongsTo(task.getLeadDepartment().getId());
  }

  public boolean canReportProgress(Task task, Actor actor) {
    return canEdit(task, actor)
        || task.getCooperatingDepartments().stream().anyMatch(d -> actor.belongsTo(d.getId()));
  }

  /** STAFF may only lead with their own department; leaders and admins choose any. */
  public boolean canChooseLead(Actor actor) {
    return actor.isLeader();
  }

  // ---------------------------------------------------------------- changing

  /** Creates a task in the current congress. */
  @Transactional
  public Task create(TaskCommand command, Actor actor) {
    return create(command, actor, clock.instant());
  }

  /**
   * Records a task of the plan's past (the demo's plan, a finished plan brought in later): the same
   * access, rules and history as {@link #create}, stamped with the time it was created then.
   */
  @Transactional
  public Task recordPastTask(TaskCommand command, Actor actor, Instant createdAt) {
    return create(command, actor, createdAt);
  }

  /** {@link #recordPastTask} in a congress that need not be the current one (a past term). */
  @Transactional
  public Task recordPastTask(
      Congress congress, TaskCommand command, Actor actor, Instant createdAt) {
    return create(congress, command, actor, createdAt, null);
  }

  private Task create(TaskCommand command, Actor actor, Instant now) {
    return create(congresses.current(), command, actor, now, null);
  }

  /**
   * Creates a task in {@code congress}, which need not be the current one (a plan copied into
   * another congress): the same access, rules and history as {@link #create}; {@code reason} is
   * kept with the "created" history line.
   */
  @Transactional
  public Task createIn(Congress congress, TaskCommand command, Actor actor, String reason) {
    return create(congress, command, actor, clock.instant(), reason);
  }

  private Task create(
      Congress congress, TaskCommand command, Actor actor, Instant now, String reason) {
    if (!actor.isLeader()
        && command.leadDepartment() != null
        && !actor.belongsTo(command.leadDepartment())) {
      throw new ForbiddenException("staff create tasks led by their own department only");
    }
    List<RuleViolation> violations = new ArrayList<>();
    TaskDraft draft = resolve(congress, command, null, violations);
    violations.addAll(rules.check(null, draft, actor));
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    Task task =
        new Task(
            congress,
            Texts.clean(command.title()),
            command.workstream(),
            draft.phase(),
            draft.leadDepartment(),
            draft.deadline(),
            actor.username(),
            now);
    apply(task, command, draft);
    tasks.save(task);
    history.record(
        HISTORY_TYPE,
        task.getId(),
        actor.username(),
        new Changes().event("action", "CREATED"),
        reason);
    events.publishEvent(new TaskCreated(task.getId(), congress.getId(), actor.username()));
    if (task.getStatus() == TaskStatus.DONE) {
      events.publishEvent(
          new TaskCompleted(
              task.getId(), congress.getId(), task.getCompletedOn(), actor.username()));
    }
    return task;
  }

  /**
   * Every rule a new task would break, without storing anything: the same resolution and rules as
   * {@link #create} (an import's preview judges each row with it).
   */
  public List<RuleViolation> checkCreate(TaskCommand command, Actor actor) {
    Congress congress = congresses.current();
    List<RuleViolation> violations = new ArrayList<>();
    TaskDraft draft = resolve(congress, command, null, violations);
    violations.addAll(rules.check(null, draft, actor));
    return violations;
  }

  /**
   * Every rule a new task of {@code congress} would break, with its milestone given as an object
   * that may not be stored yet (a plan copy's preview: the milestone is copied in the same step).
   * {@code command.milestone()} is ignored.
   */
  public List<RuleViolation> checkCreateIn(
      Congress congress, TaskCommand command, Milestone milestone, Actor actor) {
    List<RuleViolation> violations = new ArrayList<>();
    TaskDraft draft = resolve(congress, command, null, violations).withMilestone(milestone);
    violations.addAll(rules.check(null, draft, actor));
    return violations;
  }

  /** The tasks of a congress the actor may see, with departments and milestone (a plan copy). */
  public List<Task> planOf(long congressId, Actor actor) {
    return tasks.planOf(congressId, MilestoneLinks.visibleLevels(actor.clearance()));
  }

  /** How many tasks of a congress lie above the actor's clearance. */
  public long countAboveClearance(long congressId, Actor actor) {
    return tasks.countAbove(congressId, MilestoneLinks.visibleLevels(actor.clearance()));
  }

  /** How many tasks a congress has, whatever their confidentiality. */
  public long countOfCongress(long congressId) {
    return tasks.countByCongressId(congressId);
  }

  /**
   * Creates all the tasks or none (an import's confirmation): the same access, rules and history as
   * {@link #create} for each, in one transaction; the first refusal rolls every one back.
   */
  @Transactional
  public List<Task> createAll(List<TaskCommand> commands, Actor actor) {
    List<Task> created = new ArrayList<>(commands.size());
    for (TaskCommand command : commands) {
      created.add(create(command, actor, clock.instant()));
    }
    return created;
  }

  /**
   * Changes a task. Refused with {@link ConflictException} when {@code command.version()} is not
   * the stored version (someone saved in between), with {@link ForbiddenException} when the actor
   * may not edit it, and with {@link RuleViolationException} when a rule objects; in every case
   * nothing is written.
   */
  @Transactional
  public Task update(long id, TaskCommand command, Actor actor) {
    Task task = get(id, actor);
    if (!canEdit(task, actor)) {
      throw new ForbiddenException("task " + id + " is led by another department");
    }
    if (command.version() == null || command.version() != task.getVersion()) {
      throw new ConflictException("task", id);
    }
    if (!actor.isLeader()
        && command.leadDepartment() != null
        && !command.leadDepartment().equals(task.getLeadDepartment().getId())) {
      throw new ForbiddenException("staff cannot hand a task to another department");
    }
    List<RuleViolation> violations = new ArrayList<>();
    TaskDraft draft = resolve(task.getCongress(), command, task, violations);
    violations.addAll(rules.check(task, draft, actor));
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    LocalDate oldDeadline = task.getDeadline();
    boolean wasDone = task.getStatus() == TaskStatus.DONE;
    Changes changes =
        new Changes()
            .compare("title", task.getTitle(), Texts.clean(command.title()))
            .compare("description", task.getDescription(), Texts.clean(command.description()))
            .compare("workstream", task.getWorkstream(), command.workstream())
            .compare("phase", task.getPhase(), draft.phase())
            .compare(
                "leadDepartment",
                task.getLeadDepartment().getName(),
                draft.leadDepartment().getName())
            .compare(
                "cooperatingDepartments",
                names(task.getCooperatingDepartments()),
                names(draft.cooperatingDepartments()))
            .compare("milestone", title(task.getMilestone()), title(draft.milestone()))
            .compare("startDate", task.getStartDate(), draft.startDate())
            .compare("deadlineAnchor", task.getDeadlineAnchor(), draft.deadlineAnchor())
            .compare("deadlineOffsetDays", task.getDeadlineOffsetDays(), draft.deadlineOffsetDays())
            .compare("status", task.getStatus(), draft.status())
            .compare("progress", task.getProgress(), draft.progress())
            .compare("completedOn", task.getCompletedOn(), draft.completedOn())
            .compare("resultNote", task.getResultNote(), draft.resultNote())
            .compare("priority", task.getPriority(), priority(command))
            .compare("confidentiality", task.getConfidentiality(), draft.confidentiality());
    boolean deadlineMoved = !oldDeadline.equals(draft.deadline());
    if (changes.isEmpty() && !deadlineMoved) {
      return task;
    }
    apply(task, command, draft);
    task.touch(actor.username(), clock.instant());
    history.record(HISTORY_TYPE, id, actor.username(), changes, null);
    if (deadlineMoved) {
      // The reason belongs to the deadline move (rule D5), not to the other fields.
      history.record(
          HISTORY_TYPE,
          id,
          actor.username(),
          new Changes().compare("deadline", oldDeadline, draft.deadline()),
          draft.deadlineChangeReason());
      events.publishEvent(
          new TaskDeadlineMoved(
              id,
              task.getCongress().getId(),
              oldDeadline,
              draft.deadline(),
              draft.deadlineChangeReason(),
              actor.username()));
    }
    if (wasDone != (task.getStatus() == TaskStatus.DONE) && !wasDone) {
      events.publishEvent(
          new TaskCompleted(
              id, task.getCongress().getId(), task.getCompletedOn(), actor.username()));
    }
    return task;
  }

  /**
   * Records a progress report and moves the task's progress to it; a task not started yet starts
   * with its first progress above zero. Done and cancelled tasks take no more reports.
   */
  @Transactional
  public ProgressReport reportProgress(long id, Integer progress, String note, Actor actor) {
    return reportProgress(id, progress, note, actor, clock.instant());
  }

  /**
   * Records a progress report of the plan's past (the demo's plan): the same access, rules and
   * history as {@link #reportProgress}, stamped with the time it was made then.
   */
  @Transactional
  public ProgressReport recordPastProgress(
      long id, Integer progress, String note, Actor actor, Instant at) {
    return reportProgress(id, progress, note, actor, at);
  }

  private ProgressReport reportProgress(
      long id, Integer progress, String note, Actor actor, Instant now) {
    Task task = get(id, actor);
    if (!canReportProgress(task, actor)) {
      throw new ForbiddenException("task " + id + " is not led or co-operated by the actor");
    }
    String text = Texts.clean(note);
    List<RuleViolation> violations = new ArrayList<>();
    if (task.getStatus() == TaskStatus.DONE || task.getStatus() == TaskStatus.CANCELLED) {
      violations.add(
          new RuleViolation(
              null,
              "task.progress.closed",
              DeadlineRules.resolvable("taskStatus." + task.getStatus())));
    }
    if (progress == null) {
      violations.add(new RuleViolation("progress", "NotNull"));
    } else if (progress < 0 || progress > 100) {
      violations.add(new RuleViolation("progress", "task.progress.range"));
    }
    if (text == null) {
      violations.add(new RuleViolation("note", "task.progressNote.required"));
    } else if (text.length() > ProgressReport.NOTE_MAX) {
      violations.add(
          new RuleViolation("note", "task.progressNote.tooLong", ProgressReport.NOTE_MAX));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    TaskStatus status =
        task.getStatus() == TaskStatus.NOT_STARTED && progress > 0
            ? TaskStatus.IN_PROGRESS
            : task.getStatus();
    Changes changes =
        new Changes()
            .compare("progress", task.getProgress(), progress)
            .compare("status", task.getStatus(), status);
    // Not through the entity: its version check would refuse all but one of parallel reports.
    int updated =
        tasks.reportProgress(
            id,
            progress,
            actor.username(),
            now,
            TaskStatus.NOT_STARTED,
            TaskStatus.IN_PROGRESS,
            List.of(TaskStatus.DONE, TaskStatus.CANCELLED));
    if (updated == 0) {
      throw new RuleViolationException(
          List.of(
              new RuleViolation(
                  null,
                  "task.progress.closed",
                  DeadlineRules.resolvable("taskStatus." + TaskStatus.DONE))));
    }
    ProgressReport report =
        reports.save(new ProgressReport(task, actor.username(), now, progress, text));
    history.record(HISTORY_TYPE, id, actor.username(), changes, null);
    return report;
  }

  /**
   * Sets the lead department of several tasks at once (ADMIN). The rules are checked for each task
   * on its own: the tasks that pass change, the others stay as they were, and the result says which
   * is which and why.
   */
  @Transactional
  public LeadAssignment assignLead(Collection<Long> taskIds, Long departmentId, Actor actor) {
    if (!actor.isAdmin()) {
      throw new ForbiddenException("bulk assignment is for administrators");
    }
    Department lead = departmentId == null ? null : departments.find(departmentId).orElse(null);
    Set<Long> ids = new LinkedHashSet<>(taskIds == null ? List.of() : taskIds);
    ids.remove(null);
    Map<Long, Task> found =
        tasks.findAllById(ids).stream().collect(Collectors.toMap(Task::getId, t -> t));
    List<LeadAssignment.Changed> changed = new ArrayList<>();
    List<LeadAssignment.Refused> refused = new ArrayList<>();
    for (Long id : ids) {
      Task task = found.get(id);
      if (task == null || !actor.canSee(task.getConfidentiality())) {
        refused.add(
            new LeadAssignment.Refused(
                id, null, List.of(new RuleViolation(null, "task.assign.notFound", id))));
        continue;
      }
      if (lead == null) {
        refused.add(
            new LeadAssignment.Refused(
                id,
                task.getTitle(),
                List.of(new RuleViolation("leadDepartment", "task.assign.noDepartment"))));
        continue;
      }
      List<RuleViolation> violations =
          rules.check(task, TaskDraft.of(task).withLeadDepartment(lead), actor);
      if (!violations.isEmpty()) {
        refused.add(new LeadAssignment.Refused(id, task.getTitle(), violations));
        continue;
      }
      Changes changes =
          new Changes()
              .compare("leadDepartment", task.getLeadDepartment().getName(), lead.getName());
      if (!changes.isEmpty()) {
        task.setLeadDepartment(lead);
        task.touch(actor.username(), clock.instant());
        history.record(HISTORY_TYPE, id, actor.username(), changes, null);
      }
      changed.add(new LeadAssignment.Changed(id, task.getTitle()));
    }
    return new LeadAssignment(changed, refused);
  }

  // ---------------------------------------------------------------- helpers

  /** Resolves ids and fills defaults; unknown ids become violations next to their fields. */
  private static void tooLong(String field, String text, int max, List<RuleViolation> violations) {
    String clean = Texts.clean(text);
    if (clean != null && clean.length() > max) {
      violations.add(new RuleViolation(field, "task.text.tooLong", max));
    }
  }

  private TaskDraft resolve(
      Congress congress, TaskCommand command, Task current, List<RuleViolation> violations) {
    if (Texts.clean(command.title()) == null) {
      violations.add(new RuleViolation("title", "NotBlank"));
    }
    // The form says so too; an import or any other caller meets the same limits here, before the
    // database would refuse the text.
    tooLong("title", command.title(), Task.TITLE_MAX, violations);
    tooLong("description", command.description(), Task.DESCRIPTION_MAX, violations);
    tooLong("resultNote", command.resultNote(), Task.RESULT_NOTE_MAX, violations);
    tooLong("deadlineChangeReason", command.deadlineChangeReason(), Task.REASON_MAX, violations);
    if (command.workstream() == null) {
      violations.add(new RuleViolation("workstream", "NotNull"));
    }
    Department lead = null;
    if (command.leadDepartment() != null) {
      lead = departments.find(command.leadDepartment()).orElse(null);
      if (lead == null) {
        violations.add(new RuleViolation("leadDepartment", "task.department.unknown"));
      }
    }
    Set<Department> cooperating = new LinkedHashSet<>();
    for (Long departmentId : new LinkedHashSet<>(command.cooperatingDepartments())) {
      departments
          .find(departmentId)
          .ifPresentOrElse(
              cooperating::add,
              () ->
                  violations.add(
                      new RuleViolation("cooperatingDepartments", "task.department.unknown")));
    }
    Milestone milestone = null;
    if (command.milestone() != null) {
      milestone = milestones.find(command.milestone()).orElse(null);
      if (milestone == null) {
        violations.add(new RuleViolation("milestone", "task.milestone.unknown"));
      }
    }
    TaskStatus status = command.status() != null ? command.status() : TaskStatus.NOT_STARTED;
    int progress =
        command.progress() != null
            ? command.progress()
            : current != null ? current.getProgress() : 0;
    LocalDate completedOn = null;
    if (status == TaskStatus.DONE) {
      // D6: a task marked done without a date was done today; done means 100%.
      completedOn = command.completedOn() != null ? command.completedOn() : rules.today();
      progress = 100;
    }
    Clearance confidentiality =
        command.confidentiality() != null ? command.confidentiality() : Clearance.NORMAL;
    // D13: a relative deadline is computed from the congress dates; the typed date is ignored.
    DeadlineAnchor anchor = command.deadlineAnchor();
    Integer offset = anchor.isRelative() ? command.deadlineOffsetDays() : null;
    LocalDate deadline =
        anchor.isRelative()
            ? anchor.resolve(offset, congress.getOpeningDate(), congress.getClosingDate())
            : command.deadline();
    return new TaskDraft(
        congress,
        command.phase(),
        lead,
        cooperating,
        milestone,
        command.startDate(),
        deadline,
        status,
        progress,
        completedOn,
        Texts.clean(command.resultNote()),
        confidentiality,
        Texts.clean(command.deadlineChangeReason()),
        anchor,
        offset);
  }

  private static void apply(Task task, TaskCommand command, TaskDraft draft) {
    task.setTitle(Texts.clean(command.title()));
    task.setDescription(Texts.clean(command.description()));
    task.setWorkstream(command.workstream());
    task.setPhase(draft.phase());
    task.setLeadDepartment(draft.leadDepartment());
    if (!ids(task.getCooperatingDepartments()).equals(ids(draft.cooperatingDepartments()))) {
      task.getCooperatingDepartments().clear();
      task.getCooperatingDepartments().addAll(draft.cooperatingDepartments());
    }
    task.setMilestone(draft.milestone());
    task.setStartDate(draft.startDate());
    task.setDeadline(draft.deadline());
    task.setRelativeDeadline(draft.deadlineAnchor(), draft.deadlineOffsetDays());
    task.setStatus(draft.status());
    task.setProgress(draft.progress());
    task.setCompletedOn(draft.completedOn());
    task.setResultNote(draft.resultNote());
    task.setPriority(priority(command));
    task.setConfidentiality(draft.confidentiality());
  }

  private static Priority priority(TaskCommand command) {
    return command.priority() != null ? command.priority() : Priority.NORMAL;
  }

  private static Set<Long> ids(Collection<Department> departments) {
    return departments.stream()
        .map(Department::getId)
        .filter(Objects::nonNull)
        .collect(Collectors.toSet());
  }

  private static String names(Collection<Department> departments) {
    if (departments.isEmpty()) {
      return null;
    }
    return departments.stream()
        .sorted(DepartmentService.BY_NAME)
        .map(Department::getName)
        .collect(Collectors.joining(", "));
  }

  private static String title(Milestone milestone) {
    return milestone == null ? null : milestone.getTitle();
  }
}
