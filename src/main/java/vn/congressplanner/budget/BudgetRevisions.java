package vn.congressplanner.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.system.NotFoundException;

/**
 * Revisions of an estimate: each submission keeps the lines as submitted (revision 1, 2, …), and a
 * revision is read against the one before it — lines added, removed and changed (old → new amount)
 * and the change of the total: what a reviewer reads before approving a resubmission.
 */
@Service
@Transactional(readOnly = true)
public class BudgetRevisions {

  private final BudgetRevisionRepository revisions;
  private final BudgetRevisionLineRepository revisionLines;
  private final BudgetLineRepository lines;
  private final EstimateMilestones milestones;

  BudgetRevisions(
      BudgetRevisionRepository revisions,
      BudgetRevisionLineRepository revisionLines,
      BudgetLineRepository lines,
      EstimateMilestones milestones) {
    this.revisions = revisions;
    this.revisionLines = revisionLines;
    this.lines = lines;
    this.milestones = milestones;
  }

  /** A line present in both revisions whose content differs. */
  public record Change(BudgetRevisionLine before, BudgetRevisionLine after) {

    public BigDecimal amountChange() {
      return after.getAmount().subtract(before.getAmount());
    }

    /** The fields that differ, by their form names. */
    public List<String> fields() {
      List<String> f = new ArrayList<>();
      if (before.getCategory() != after.getCategory()) {
        f.add("category");
      }
      if (!Objects.equals(before.getItem(), after.getItem())) {
        f.add("item");
      }
      if (!Objects.equals(before.getUnit(), after.getUnit())) {
        f.add("unit");
      }
      if (before.getQuantity().compareTo(after.getQuantity()) != 0) {
        f.add("quantity");
      }
      if (before.getUnitPrice().compareTo(after.getUnitPrice()) != 0) {
        f.add("unitPrice");
      }
      if (!before.getDepartmentId().equals(after.getDepartmentId())) {
        f.add("department");
      }
      if (!Objects.equals(before.getNote(), after.getNote())) {
        f.add("note");
      }
      return f;
    }
  }

  /** Revision n against n−1 ({@code previous} null for the first: every line is new). */
  public record Diff(
      BudgetRevision revision,
      BudgetRevision previous,
      List<BudgetRevisionLine> added,
      List<BudgetRevisionLine> removed,
      List<Change> changed,
      int unchanged) {

    public BigDecimal totalChange() {
      return previous == null
          ? revision.getTotal()
          : revision.getTotal().subtract(previous.getTotal());
    }

    public boolean noChange() {
      return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
  }

  /**
   * Stores the estimate's lines as revision n+1. Runs inside the submission's transaction (the
   * milestone service's, see {@link SubmissionSnapshot}): if the snapshot fails the submission is
   * rolled back, and a submission never exists without its snapshot.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public BudgetRevision snapshot(long milestoneId, String actor, Instant at) {
    // Waits for line changes in flight on this estimate (they hold a shared lock on the milestone
    // row), so that what they commit is in the snapshot; later ones see SUBMITTED and are refused.
    milestones
        .lockForSnapshot(milestoneId)
        .orElseThrow(() -> new NotFoundException("estimate", milestoneId));
    List<BudgetLine> current =
        lines.lines(milestoneId).stream().filter(l -> !l.isUnplanned()).toList();
    BigDecimal total =
        current.stream().map(BudgetLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    BudgetRevision revision =
        revisions.save(
            new BudgetRevision(
                milestoneId,
                revisions.lastNumber(milestoneId) + 1,
                actor,
                at,
                total,
                current.size()));
    revisionLines.saveAll(
        current.stream().map(l -> new BudgetRevisionLine(revision.getId(), l)).toList());
    return revision;
  }

  /** The revisions of an estimate, oldest first. */
  public List<BudgetRevision> list(long milestoneId) {
    return revisions.findByMilestoneIdOrderByNumberAsc(milestoneId);
  }

  /** The lines of revision n as submitted. */
  public List<BudgetRevisionLine> linesOf(BudgetRevision revision) {
    return revisionLines.findByRevisionIdOrderByLineIdAsc(revision.getId());
  }

  /** What changed from revision n−1 to revision n (404 when there is no revision n). */
  public Diff diff(long milestoneId, int number) {
    BudgetRevision revision =
        revisions
            .findByMilestoneIdAndNumber(milestoneId, number)
            .orElseThrow(() -> new NotFoundException("revision", number));
    BudgetRevision previous =
        number > 1
            ? revisions.findByMilestoneIdAndNumber(milestoneId, number - 1).orElse(null)
            : null;
    Map<Long, BudgetRevisionLine> after = byLine(linesOf(revision));
    Map<Long, BudgetRevisionLine> before = previous == null ? Map.of() : byLine(linesOf(previous));
    List<BudgetRevisionLine> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    int unchanged = 0;
    for (BudgetRevisionLine line : after.values()) {
      BudgetRevisionLine old = before.get(line.getLineId());
      if (old == null) {
        added.add(line);
      } else {
        Change change = new Change(old, line);
        if (change.fields().isEmpty()) {
          unchanged++;
        } else {
          changed.add(change);
        }
      }
    }
    List<BudgetRevisionLine> removed =
        before.values().stream().filter(l -> !after.containsKey(l.getLineId())).toList();
    return new Diff(revision, previous, added, removed, changed, unchanged);
  }

  private static Map<Long, BudgetRevisionLine> byLine(List<BudgetRevisionLine> ls) {
    return ls.stream()
        .collect(
            Collectors.toMap(
                BudgetRevisionLine::getLineId,
                Function.identity(),
                (a, b) -> a,
                LinkedHashMap::new));
  }
}
