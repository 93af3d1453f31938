package vn.congressplanner.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressDatesGuard;
import vn.congressplanner.congress.Phase;
import vn.congressplanner.milestone.BlockingTasks;
import vn.congressplanner.milestone.TaskRef;
import vn.congressplanner.system.Formats;
import vn.congressplanner.system.RuleViolation;

/**
 * Rule D9: a congress date change is refused when a task's deadline would leave its phase's window
 * (D1). The message names the tasks (at most {@link BlockingTasks#LIMIT}, then "and N more").
 *
 * <p>The guard does not know who is asking, so it names only tasks of normal confidentiality and
 * counts classified ones without their titles.
 */
@Component
class TaskPhaseGuard implements CongressDatesGuard {

  private static final List<Clearance> NAMED_LEVELS = List.of(Clearance.NORMAL);

  private final PhaseWindowQueries queries;

  TaskPhaseGuard(PhaseWindowQueries queries) {
    this.queries = queries;
  }

  @Override
  @Transactional(readOnly = true)
  public List<RuleViolation> check(Congress congress, LocalDate newOpening, LocalDate newClosing) {
    List<RuleViolation> violations = new ArrayList<>();
    PageRequest first = PageRequest.of(0, BlockingTasks.LIMIT);
    if (newOpening != null) {
      long count =
          queries.countBreakingOpening(congress.getId(), newOpening, Phase.BEFORE, Phase.DURING);
      if (count > 0) {
        List<TaskRef> named =
            queries.breakingOpening(
                congress.getId(), newOpening, Phase.BEFORE, Phase.DURING, NAMED_LEVELS, first);
        violations.add(
            BlockingTasks.of(named, count, Clearance.NORMAL)
                .violation("openingDate", "phaseWindow.opening", Formats.formatDate(newOpening)));
      }
    }
    if (newClosing != null) {
      long count =
          queries.countBreakingClosing(congress.getId(), newClosing, Phase.DURING, Phase.AFTER);
      if (count > 0) {
        List<TaskRef> named =
            queries.breakingClosing(
                congress.getId(), newClosing, Phase.DURING, Phase.AFTER, NAMED_LEVELS, first);
        violations.add(
            BlockingTasks.of(named, count, Clearance.NORMAL)
                .violation("closingDate", "phaseWindow.closing", Formats.formatDate(newClosing)));
      }
    }
    return violations;
  }
}
