package vn.congressplanner.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.Actor;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressLevel;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.department.Department;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.milestone.MilestoneService;
import vn.congressplanner.system.ForbiddenException;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.task.Task;
import vn.congressplanner.task.TaskCommand;
import vn.congressplanner.task.TaskService;
import vn.congressplanner.task.TaskStatus;

/**
 * Plan reuse (kế thừa, SPEC §2.12): a previous congress's milestones and tasks copied into another
 * congress. Relative deadlines (D−N, C+N) stay relative and are recomputed from the target's dates;
 * fixed ones move by the distance between the two openings, as do start dates. Statuses, progress,
 * reports and history stay behind: every copy starts "not started" with its own "created" history
 * line naming the source. Each copy is judged by the same services as the forms (the preview
 * without storing anything); a milestone or task that would break a rule is listed with the reason
 * and left out of the copy, and so are the tasks of a milestone left out.
 *
 * <p>The copy goes into an empty congress only — an existing one without milestones or tasks, or
 * one created with the copy — so that confirming twice never doubles a plan. Tasks above the
 * administrator's clearance are not read, not shown and not copied; the preview says how many.
 */
@Service
@Transactional(readOnly = true)
public class PlanCopyService {

  private final CongressService congresses;
  private final MilestoneService milestones;
  private final TaskService tasks;
  private final MessageSource messages;

  PlanCopyService(
      CongressService congresses,
      MilestoneService milestones,
      TaskService tasks,
      MessageSource messages) {
    this.congresses = congresses;
    this.milestones = milestones;
    this.tasks = tasks;
    this.messages = messages;
  }

  /** Where the copy goes: an existing congress ({@code congressId}) or a new one. */
  public record Target(Long congressId, CongressService.Settings newCongress) {

    boolean isNew() {
      return congressId == null;
    }
  }

  /** A milestone as it will be copied. */
  public record MilestoneRow(
      Milestone source, LocalDate dueDate, String dueText, List<String> problems) {

    public boolean copied() {
      return problems.isEmpty();
    }
  }

  /** A task as it will be copied. */
  public record TaskRow(
      Task source,
      LocalDate deadline,
      String deadlineText,
      LocalDate startDate,
      String milestoneTitle,
      List<String> problems) {

    public boolean copied() {
      return problems.isEmpty();
    }
  }

  /** What confirming would create, and what it would leave out and why. */
  public record Preview(
      Congress source,
      Congress target,
      boolean newTarget,
      long shiftDays,
      List<MilestoneRow> milestones,
      List<TaskRow> tasks,
      long hiddenTasks) {

    public long milestonesCopied() {
      return milestones.stream().filter(MilestoneRow::copied).count();
    }

    public long tasksCopied() {
      return tasks.stream().filter(TaskRow::copied).count();
    }

    public long milestonesLeftOut() {
      return milestones.size() - milestonesCopied();
    }

    public long tasksLeftOut() {
      return tasks.size() - tasksCopied();
    }

    public boolean anything() {
      return milestonesCopied() + tasksCopied() > 0;
    }
  }

  /** What a confirmed copy created. */
  public record Result(Congress target, int milestones, int tasks, long leftOut) {}

  /** Only administrators reuse plans (SPEC §7, {@code /admin/**}). */
  public static void requireAdmin(Actor actor) {
    if (!actor.isAdmin()) {
      throw new ForbiddenException("only administrators copy plans");
    }
  }

  /**
   * The copy as it would be made, without storing anything. Refused ({@link
   * RuleViolationException}, fields {@code fromCongress}, {@code toCongress} or the new congress's
   * fields) when the source is missing or is the target, the target already has a plan, or the new
   * congress's settings are refused.
   */
  public Preview preview(long fromCongress, Target target, Actor actor, Locale locale) {
    requireAdmin(actor);
    List<RuleViolation> violations = new ArrayList<>();
    Congress source = congresses.find(fromCongress).orElse(null);
    if (source == null) {
      violations.add(new RuleViolation("fromCongress", "planCopy.source.unknown"));
    }
    Congress to = null;
    if (target.isNew()) {
      violations.addAll(congresses.checkNew(target.newCongress()));
      to = transientCongress(target.newCongress());
    } else {
      to = congresses.find(target.congressId()).orElse(null);
      if (to == null) {
        violations.add(new RuleViolation("toCongress", "planCopy.target.unknown"));
      } else if (source != null && source.getId().equals(to.getId())) {
        violations.add(new RuleViolation("toCongress", "planCopy.target.same"));
      } else {
        long existingTasks = tasks.countOfCongress(to.getId());
        int existingMilestones = milestones.ofCongress(to.getId()).size();
        if (existingTasks + existingMilestones > 0) {
          violations.add(
              new RuleViolation(
                  "toCongress",
                  "planCopy.target.notEmpty",
                  to.getName(),
                  existingMilestones,
                  existingTasks));
        }
      }
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    return build(source, to, target.isNew(), actor, locale);
  }

  /**
   * Makes the copy the preview showed, in one transaction: the new congress (when asked for), then
   * the milestones, then the tasks linked to the copied milestones, each through its module's
   * service. Whatever the preview leaves out is left out; any other refusal rolls everything back.
   * With {@code makeCurrent} the target becomes the congress the pages show.
   */
  @Transactional
  public Result copy(
      long fromCongress, Target target, boolean makeCurrent, Actor actor, Locale locale) {
    Preview preview = preview(fromCongress, target, actor, locale);
    if (!preview.anything()) {
      throw new RuleViolationException(
          List.of(new RuleViolation("fromCongress", "planCopy.nothing")));
    }
    Congress to =
        target.isNew()
            ? congresses.create(target.newCongress(), actor.username())
            : preview.target();
    String reason =
        message(
            "planCopy.history.reason",
            locale,
            preview.source().getName(),
            preview.source().getTerm());
    Map<Long, Long> copiedMilestones = new HashMap<>();
    for (MilestoneRow row : preview.milestones()) {
      if (!row.copied()) {
        continue;
      }
      Milestone m = row.source();
      Milestone copy = milestones.createIn(to, fieldsOf(m, row.dueDate()), actor, reason);
      copiedMilestones.put(m.getId(), copy.getId());
    }
    int created = 0;
    for (TaskRow row : preview.tasks()) {
      if (!row.copied()) {
        continue;
      }
      Task t = row.source();
      Long milestone =
          t.getMilestone() == null ? null : copiedMilestones.get(t.getMilestone().getId());
      tasks.createIn(to, command(t, row.deadline(), row.startDate(), milestone), actor, reason);
      created++;
    }
    if (makeCurrent) {
      congresses.makeCurrent(to.getId(), actor.username());
    }
    return new Result(
        to, copiedMilestones.size(), created, preview.milestonesLeftOut() + preview.tasksLeftOut());
  }

  private Preview build(Congress source, Congress to, boolean newTarget, Actor actor, Locale l) {
    long shift = ChronoUnit.DAYS.between(source.getOpeningDate(), to.getOpeningDate());
    Map<Long, MilestoneRow> milestoneRows = new LinkedHashMap<>();
    Map<Long, Milestone> drafts = new HashMap<>();
    for (Milestone m : milestones.ofCongress(source.getId())) {
      LocalDate due =
          m.isRelativeDue()
              ? m.getDueAnchor()
                  .resolve(m.getDueOffsetDays(), to.getOpeningDate(), to.getClosingDate())
              : m.getDueDate().plusDays(shift);
      List<String> problems = texts(milestones.checkCreate(fieldsOf(m, due)), l);
      milestoneRows.put(
          m.getId(),
          new MilestoneRow(m, due, m.getDueAnchor().describe(m.getDueOffsetDays(), due), problems));
      drafts.put(m.getId(), draftOf(m, to, due));
    }
    List<TaskRow> taskRows = new ArrayList<>();
    for (Task t : tasks.planOf(source.getId(), actor)) {
      LocalDate deadline =
          t.isRelativeDeadline()
              ? t.getDeadlineAnchor()
                  .resolve(t.getDeadlineOffsetDays(), to.getOpeningDate(), to.getClosingDate())
              : t.getDeadline().plusDays(shift);
      LocalDate start = t.getStartDate() == null ? null : t.getStartDate().plusDays(shift);
      List<String> problems = new ArrayList<>();
      Milestone milestoneDraft = null;
      String milestoneTitle = null;
      if (t.getMilestone() != null) {
        MilestoneRow mr = milestoneRows.get(t.getMilestone().getId());
        milestoneTitle = t.getMilestone().getTitle();
        milestoneDraft = drafts.get(t.getMilestone().getId());
        if (mr != null && !mr.copied()) {
          problems.add(message("planCopy.task.milestoneLeftOut", l, milestoneTitle));
        }
      }
      problems.addAll(
          texts(
              tasks.checkCreateIn(to, command(t, deadline, start, null), milestoneDraft, actor),
              l));
      taskRows.add(
          new TaskRow(
              t,
              deadline,
              t.getDeadlineAnchor().describe(t.getDeadlineOffsetDays(), deadline),
              start,
              milestoneTitle,
              List.copyOf(problems)));
    }
    return new Preview(
        source,
        to,
        newTarget,
        shift,
        List.copyOf(milestoneRows.values()),
        taskRows,
        tasks.countAboveClearance(source.getId(), actor));
  }

  /** The copy of a milestone: what it is and who answers for it, due on {@code due}, open. */
  private static MilestoneService.Fields fieldsOf(Milestone m, LocalDate due) {
    return new MilestoneService.Fields(
        m.getTitle(),
        m.getWorkstream(),
        m.getKind(),
        due,
        m.getSubmitTo(),
        m.getResponsibleDepartment().getId(),
        null,
        null,
        m.getDueAnchor(),
        m.getDueOffsetDays());
  }

  /** The copy of a task: what it is and who does it, with the new dates, not started. */
  private static TaskCommand command(Task t, LocalDate deadline, LocalDate start, Long milestone) {
    return new TaskCommand(
        t.getTitle(),
        t.getDescription(),
        t.getWorkstream(),
        t.getPhase(),
        t.getLeadDepartment().getId(),
        t.getCooperatingDepartments().stream().map(Department::getId).toList(),
        milestone,
        start,
        t.isRelativeDeadline() ? null : deadline,
        TaskStatus.NOT_STARTED,
        0,
        null,
        null,
        t.getPriority(),
        t.getConfidentiality(),
        null,
        null,
        t.getDeadlineAnchor(),
        t.getDeadlineOffsetDays());
  }

  /** The milestone as it will be in the target (not stored): what D2 judges a copied task by. */
  private static Milestone draftOf(Milestone m, Congress to, LocalDate due) {
    return new Milestone(
        to,
        m.getTitle(),
        m.getWorkstream(),
        due,
        m.getKind(),
        m.getSubmitTo(),
        m.getResponsibleDepartment());
  }

  /** The target congress as the settings describe it, not stored (the preview's dates). */
  private static Congress transientCongress(CongressService.Settings s) {
    return new Congress(
        s.name(),
        s.term(),
        s.level() != null ? s.level() : CongressLevel.PROVINCE,
        s.venue(),
        s.preparatoryDate(),
        s.openingDate(),
        s.closingDate());
  }

  private List<String> texts(List<RuleViolation> violations, Locale locale) {
    return violations.stream()
        .map(v -> messages.getMessage(v.message(), locale))
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }

  private String message(String code, Locale locale, Object... args) {
    return messages.getMessage(code, args, locale);
  }
}
