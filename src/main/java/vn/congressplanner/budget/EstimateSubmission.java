package vn.congressplanner.budget;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.Actor;
import vn.congressplanner.plan.Milestone;
import vn.congressplanner.plan.MilestoneService;

/**
 * Interim, until the milestone service publishes {@code MilestoneSubmitted} (issue 8): submitting
 * from the budget page takes the snapshot in the submission's transaction. Replaced by a listener
 * of that event once it is on main, so that a submission from any page stores its revision.
 */
@Service
public class EstimateSubmission {

  private final MilestoneService milestones;
  private final BudgetRevisions revisions;

  EstimateSubmission(MilestoneService milestones, BudgetRevisions revisions) {
    this.milestones = milestones;
    this.revisions = revisions;
  }

  @Transactional
  public Milestone submit(long milestoneId, String note, String lateReason, Actor actor) {
    Milestone m = milestones.submit(milestoneId, note, lateReason, actor);
    revisions.snapshot(milestoneId, actor.username(), m.getSubmittedAt());
    return m;
  }
}
