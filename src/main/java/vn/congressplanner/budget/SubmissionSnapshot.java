package vn.congressplanner.budget;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.congressplanner.milestone.DeliverableKind;
import vn.congressplanner.milestone.MilestoneSubmitted;

/**
 * Each submission of an estimate stores its revision (the lines as submitted), whichever page
 * submitted it.
 *
 * <p>Deliberately a synchronous {@link EventListener}, not an after-commit {@code
 * ApplicationModuleListener}: it runs inside the milestone service's submit transaction, so the
 * snapshot and the status change commit or roll back together. After commit (or asynchronously) a
 * line could be changed between the submission and its snapshot — D10 would then be broken in the
 * record the reviewers read — and a failed snapshot would leave a submission without a revision.
 * The snapshot locks the milestone row first (see {@link BudgetRevisions#snapshot}).
 */
@Component
class SubmissionSnapshot {

  private final BudgetRevisions revisions;

  SubmissionSnapshot(BudgetRevisions revisions) {
    this.revisions = revisions;
  }

  @EventListener
  void on(MilestoneSubmitted event) {
    if (event.kind() == DeliverableKind.BUDGET_ESTIMATE) {
      revisions.snapshot(event.milestoneId(), event.actor(), event.at());
    }
  }
}
