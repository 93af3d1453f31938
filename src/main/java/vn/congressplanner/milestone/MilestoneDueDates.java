package vn.congressplanner.milestone;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressDatesGuard;
import vn.congressplanner.history.Changes;
import vn.congressplanner.history.HistoryService;
import vn.congressplanner.system.RuleViolation;

/**
 * Rule D13 for milestones when the congress moves: every relative due date ({@code D−N}, {@code
 * C+N}) is recomputed from the new dates in the congress change's transaction and recorded in the
 * milestone's history. A milestone's own due date has no phase window to break; what a move could
 * break is D2 between a milestone and its tasks, which the task module's guard checks with both new
 * dates ({@link Milestone#dueDateFor}).
 */
@Component
class MilestoneDueDates implements CongressDatesGuard {

  private final MilestoneQueries queries;
  private final HistoryService history;
  private final MessageSource messages;

  MilestoneDueDates(MilestoneQueries queries, HistoryService history, MessageSource messages) {
    this.queries = queries;
    this.history = history;
    this.messages = messages;
  }

  @Override
  public List<RuleViolation> check(Congress congress, LocalDate newOpening, LocalDate newClosing) {
    return List.of();
  }

  @Override
  @Transactional
  public void datesMoved(
      Congress congress, LocalDate oldOpening, LocalDate oldClosing, String actor) {
    String reason =
        CongressDatesGuard.movedReason(
            messages, "milestone.relativeDue.movedWithCongress", congress, oldOpening, oldClosing);
    for (Milestone milestone : queries.relativeOfCongress(congress.getId())) {
      LocalDate from = milestone.getDueDate();
      milestone.followCongress(congress.getOpeningDate(), congress.getClosingDate());
      if (Objects.equals(from, milestone.getDueDate())) {
        continue;
      }
      history.record(
          MilestoneService.HISTORY_TYPE,
          milestone.getId(),
          actor,
          new Changes().compare("dueDate", from, milestone.getDueDate()),
          milestone.getDueCode() + ": " + reason);
    }
  }
}
