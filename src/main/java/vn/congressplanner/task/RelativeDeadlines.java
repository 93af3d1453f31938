package vn.congressplanner.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressDatesGuard;
import vn.congressplanner.history.Changes;
import vn.congressplanner.history.HistoryService;
import vn.congressplanner.milestone.BlockingTasks;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.milestone.TaskRef;
import vn.congressplanner.system.Formats;
import vn.congressplanner.system.RuleViolation;

/**
 * Rule D13 when the congress moves: every relative deadline ({@code D−N}, {@code C+N}) is
 * recomputed from the new dates, as is every relative milestone due date (in the milestone module).
 * The move is refused as a whole when any recomputed deadline would break D1–D3, a task would fall
 * after its milestone's new due date (D2), or a frozen milestone's task would move (D4); the
 * message names the tasks, normal ones by title, classified ones only counted; otherwise the
 * deadlines move in the congress change's own transaction, each recorded in its task's history with
 * the reason.
 */
@Component
class RelativeDeadlines implements CongressDatesGuard {

  private final PhaseWindowQueries queries;
  private final DeadlineRules rules;
  private final HistoryService history;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RelativeDeadlines(
      PhaseWindowQueries queries,
      DeadlineRules rules,
      HistoryService history,
      MessageSource messages,
      ApplicationEventPublisher events,
      Clock clock) {
    this.queries = queries;
    this.rules = rules;
    this.history = history;
    this.messages = messages;
    this.events = events;
    this.clock = clock;
  }

  /** A task that would break a rule after the move, named with its new deadline. */
  private record Broken(Long id, String title, LocalDate deadline, Clearance confidentiality)
      implements TaskRef {
    public Long getId() {
      return id;
    }

    public String getTitle() {
      return title;
    }

    public LocalDate getDeadline() {
      return deadline;
    }

    public Clearance getConfidentiality() {
      return confidentiality;
    }
  }

  /**
   * Refuses the move when a task that follows the congress would break a rule: a relative deadline
   * recomputed out of D1–D3, a task (fixed or relative) due after its relative milestone's
   * recomputed due date (D2), or a relative deadline that would move while its milestone is
   * submitted or approved (D4: a frozen milestone's tasks keep their deadlines).
   */
  @Override
  @Transactional
  public List<RuleViolation> check(Congress congress, LocalDate newOpening, LocalDate newClosing) {
    if (newOpening == null || newClosing == null) {
      return List.of();
    }
    List<Broken> broken = new ArrayList<>();
    for (Task task : queries.followingCongress(congress.getId())) {
      LocalDate moved =
          task.isRelativeDeadline() ? recomputed(task, newOpening, newClosing) : task.getDeadline();
      Milestone milestone = task.getMilestone();
      LocalDate milestoneDue =
          milestone == null ? null : milestone.dueDateFor(newOpening, newClosing);
      TaskDraft draft = TaskDraft.of(task).withDeadline(moved);
      boolean frozenMove =
          milestone != null && milestone.isFrozen() && !Objects.equals(moved, task.getDeadline());
      List<RuleViolation> violations =
          task.isRelativeDeadline()
              ? rules.checkCongressMove(draft, newOpening, newClosing, milestoneDue)
              : rules.checkMilestoneCap(draft, milestoneDue);
      if (!violations.isEmpty() || frozenMove) {
        broken.add(
            new Broken(
                task.getId(),
                task.getTitle() + " — " + draft.deadlineText(),
                moved,
                task.getConfidentiality()));
      }
    }
    if (broken.isEmpty()) {
      return List.of();
    }
    String field =
        !Objects.equals(congress.getOpeningDate(), newOpening) ? "openingDate" : "closingDate";
    return List.of(
        BlockingTasks.of(broken, broken.size(), Clearance.NORMAL)
            .violation(
                field,
                "task.relativeDeadline.congressMove",
                Formats.formatDate(newOpening) + " – " + Formats.formatDate(newClosing)));
  }

  @Override
  @Transactional
  public void datesMoved(
      Congress congress, LocalDate oldOpening, LocalDate oldClosing, String actor) {
    String reason =
        CongressDatesGuard.movedReason(
            messages, "task.relativeDeadline.movedWithCongress", congress, oldOpening, oldClosing);
    for (Task task : queries.followingCongress(congress.getId())) {
      if (!task.isRelativeDeadline()) {
        continue; // a fixed deadline stays; it was only checked against its milestone (D2)
      }
      LocalDate from = task.getDeadline();
      LocalDate to = recomputed(task, congress.getOpeningDate(), congress.getClosingDate());
      if (Objects.equals(from, to)) {
        continue;
      }
      task.setDeadline(to);
      task.touch(actor, clock.instant());
      history.record(
          TaskService.HISTORY_TYPE,
          task.getId(),
          actor,
          new Changes().compare("deadline", from, to),
          task.getDeadlineCode() + ": " + reason);
      events.publishEvent(
          new TaskDeadlineMoved(task.getId(), congress.getId(), from, to, reason, actor));
    }
  }

  private static LocalDate recomputed(Task task, LocalDate opening, LocalDate closing) {
    return task.getDeadlineAnchor().resolve(task.getDeadlineOffsetDays(), opening, closing);
  }
}
