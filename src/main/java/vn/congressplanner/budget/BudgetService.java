package vn.congressplanner.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.Actor;
import vn.congressplanner.congress.Congress;
import vn.congressplanner.congress.CongressService;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentService;
import vn.congressplanner.history.Changes;
import vn.congressplanner.history.HistoryEntry;
import vn.congressplanner.history.HistoryService;
import vn.congressplanner.milestone.DeliverableKind;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.milestone.MilestoneStatus;
import vn.congressplanner.system.ConflictException;
import vn.congressplanner.system.ForbiddenException;
import vn.congressplanner.system.NotFoundException;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.system.Texts;

/**
 * The estimate's lines (add, change, remove under D10; settle under D11), its totals (grouped by
 * the database) and the summaries other modules read. Access (SPEC §5): STAFF change their own
 * department's lines, LEADER and ADMIN all; every refusal throws before anything is written, and
 * every change is recorded in the history under {@link #HISTORY_TYPE}.
 */
@Service
@Transactional(readOnly = true)
public class BudgetService {

  public static final String HISTORY_TYPE = "BUDGET_LINE";
  static final int HISTORY_SHOWN = 60;

  private final BudgetLineRepository lines;
  private final BudgetRevisionRepository revisions;
  private final EstimateMilestones milestones;
  private final DepartmentService departments;
  private final CongressService congresses;
  private final HistoryService history;
  private final Clock clock;

  BudgetService(
      BudgetLineRepository lines,
      BudgetRevisionRepository revisions,
      EstimateMilestones milestones,
      DepartmentService departments,
      CongressService congresses,
      HistoryService history,
      Clock clock) {
    this.lines = lines;
    this.revisions = revisions;
    this.milestones = milestones;
    this.departments = departments;
    this.congresses = congresses;
    this.history = history;
    this.clock = clock;
  }

  // ------------------------------------------------------------------------------ read models

  /**
   * What a line form changes (SPEC §7). {@code actualAmount} is read only for an unplanned line
   * (added to an approved estimate, D11); {@code version} null skips the stale-version check.
   */
  public record LineFields(
      BudgetCategory category,
      String item,
      String unit,
      BigDecimal quantity,
      BigDecimal unitPrice,
      Long department,
      String note,
      BigDecimal actualAmount,
      Long version) {}

  /** An estimate milestone, for choosing between several. */
  public record EstimateRef(long id, String title, MilestoneStatus status, LocalDate dueDate) {}

  /** Estimate and actual of a group of lines; {@code actual} is null until one is recorded. */
  public record Totals(BigDecimal estimate, BigDecimal actual, long lines) {

    static final Totals NONE = new Totals(BigDecimal.ZERO, null, 0);

    static Totals of(BudgetLineRepository.Total t) {
      return t == null ? NONE : new Totals(t.getEstimate(), t.getActual(), t.getLines());
    }

    /** Actual minus estimate, or null while nothing is settled. */
    public BigDecimal difference() {
      return actual == null ? null : actual.subtract(estimate);
    }

    public boolean over() {
      return actual != null && actual.compareTo(estimate) > 0;
    }
  }

  /** The lines of one category with their subtotal. */
  public record CategoryGroup(BudgetCategory category, List<BudgetLine> lines, Totals totals) {}

  public record DepartmentTotals(long departmentId, String name, Totals totals) {}

  /** Everything the budget page, the print view, the export and the API show. */
  public record Estimate(
      Milestone milestone,
      String congressName,
      List<EstimateRef> estimates,
      List<CategoryGroup> groups,
      Map<BudgetCategory, Totals> categoryTotals,
      List<DepartmentTotals> departmentTotals,
      Totals total,
      int revisionCount,
      boolean linesMayChange,
      boolean settling) {

    public boolean empty() {
      return total.lines() == 0;
    }

    /** Some actual amount is recorded: the page shows the settlement columns. */
    public boolean settled() {
      return total.actual() != null;
    }

    public List<BudgetLine> allLines() {
      return groups.stream().flatMap(g -> g.lines().stream()).toList();
    }
  }

  /**
   * One estimate of a congress for the quick report: its totals and, for every category, estimate
   * and actual ({@code actualTotal} and a category's {@code actual} are null until an actual amount
   * is recorded).
   */
  public record EstimateSummary(
      long milestoneId,
      String title,
      MilestoneStatus status,
      BigDecimal estimateTotal,
      BigDecimal actualTotal,
      Map<BudgetCategory, CategoryAmounts> categories) {}

  public record CategoryAmounts(BigDecimal estimate, BigDecimal actual) {}

  /** The estimates of the current congress by due date (empty when there is none). */
  public List<EstimateRef> estimatesOfCurrent() {
    return congresses.currentIfAny().map(c -> refs(c.getId())).orElse(List.of());
  }

  /** The estimate {@code /budget} shows without {@code ?milestone}: the first by due date. */
  public Optional<Long> defaultEstimate() {
    return estimatesOfCurrent().stream().map(EstimateRef::id).findFirst();
  }

  private List<EstimateRef> refs(long congressId) {
    return milestones.ofCongress(congressId, DeliverableKind.BUDGET_ESTIMATE).stream()
        .map(m -> new EstimateRef(m.getId(), m.getTitle(), m.getStatus(), m.getDueDate()))
        .toList();
  }

  /** The estimate of a BUDGET_ESTIMATE milestone (404 for any other milestone). */
  public Estimate estimate(long milestoneId) {
    Milestone m = estimateMilestone(milestoneId);
    Congress congress = m.getCongress();
    List<BudgetLine> all = lines.lines(milestoneId);
    Map<BudgetCategory, Totals> byCategory = new EnumMap<>(BudgetCategory.class);
    for (BudgetLineRepository.CategoryTotal t : lines.byCategory(milestoneId)) {
      byCategory.put(t.getCategory(), Totals.of(t));
    }
    Map<BudgetCategory, List<BudgetLine>> grouped =
        all.stream()
            .collect(
                Collectors.groupingBy(
                    BudgetLine::getCategory,
                    () -> new EnumMap<>(BudgetCategory.class),
                    Collectors.toList()));
    List<CategoryGroup> groups = new ArrayList<>();
    grouped.forEach(
        (category, ls) ->
            groups.add(
                new CategoryGroup(
                    category,
                    ls.stream()
                        .sorted(
                            Comparator.comparing(BudgetLine::isUnplanned)
                                .thenComparing(BudgetLine::getId))
                        .toList(),
                    byCategory.getOrDefault(category, Totals.NONE))));
    List<DepartmentTotals> byDepartment =
        lines.byDepartment(milestoneId).stream()
            .map(
                t -> new DepartmentTotals(t.getDepartmentId(), t.getDepartmentName(), Totals.of(t)))
            .toList();
    return new Estimate(
        m,
        congress.getName(),
        refs(congress.getId()),
        groups,
        byCategory,
        byDepartment,
        Totals.of(lines.total(milestoneId)),
        revisions.lastNumber(milestoneId),
        BudgetRules.linesMayChange(m.getStatus()),
        BudgetRules.maySettle(m.getStatus()));
  }

  /** For each BUDGET_ESTIMATE milestone of the congress (by due date): totals per category. */
  public List<EstimateSummary> summaries(long congressId) {
    List<Milestone> estimates = milestones.ofCongress(congressId, DeliverableKind.BUDGET_ESTIMATE);
    if (estimates.isEmpty()) {
      return List.of();
    }
    Map<Long, Map<BudgetCategory, CategoryAmounts>> amounts = new LinkedHashMap<>();
    for (BudgetLineRepository.MilestoneCategoryTotal t :
        lines.byMilestoneAndCategory(estimates.stream().map(Milestone::getId).toList())) {
      amounts
          .computeIfAbsent(t.getMilestoneId(), k -> new EnumMap<>(BudgetCategory.class))
          .put(t.getCategory(), new CategoryAmounts(t.getEstimate(), t.getActual()));
    }
    List<EstimateSummary> result = new ArrayList<>();
    for (Milestone m : estimates) {
      Map<BudgetCategory, CategoryAmounts> found = amounts.getOrDefault(m.getId(), Map.of());
      Map<BudgetCategory, CategoryAmounts> categories = new LinkedHashMap<>();
      BigDecimal estimate = BigDecimal.ZERO;
      BigDecimal actual = null;
      for (BudgetCategory c : BudgetCategory.values()) {
        CategoryAmounts a = found.getOrDefault(c, new CategoryAmounts(BigDecimal.ZERO, null));
        categories.put(c, a);
        estimate = estimate.add(a.estimate());
        if (a.actual() != null) {
          actual = actual == null ? a.actual() : actual.add(a.actual());
        }
      }
      result.add(
          new EstimateSummary(
              m.getId(), m.getTitle(), m.getStatus(), estimate, actual, categories));
    }
    return result;
  }

  /** A live line (404 when removed or unknown). */
  public BudgetLine line(long id) {
    return lines.live(id).orElseThrow(() -> new NotFoundException("budgetLine", id));
  }

  /** The history of the estimate's lines (removed ones included), newest first. */
  public List<HistoryEntry> history(long milestoneId) {
    List<Long> ids = lines.everyLineId(milestoneId);
    return ids.isEmpty() ? List.of() : history.ofAll(HISTORY_TYPE, ids, HISTORY_SHOWN);
  }

  /** Item names by line id, removed lines included: what the history section names. */
  public Map<Long, String> itemNames(long milestoneId) {
    return lines.findAllById(lines.everyLineId(milestoneId)).stream()
        .collect(Collectors.toMap(BudgetLine::getId, BudgetLine::getItem));
  }

  // ------------------------------------------------------------------------------ access

  /** Change this line (or record its actual): STAFF their department's, leaders and admins all. */
  public boolean canEdit(BudgetLine line, Actor actor) {
    return actor != null && (actor.isLeader() || actor.belongsTo(line.getDepartment().getId()));
  }

  /** Departments a line of this actor may belong to (STAFF: their own). */
  public List<Department> departmentChoices(Actor actor) {
    List<Department> active = departments.active();
    if (actor != null && !actor.isLeader()) {
      return active.stream().filter(d -> actor.belongsTo(d.getId())).toList();
    }
    return active;
  }

  // ------------------------------------------------------------------------------ changes

  /**
   * Adds a line. While the estimate is open or returned (D10) it is a planned line with quantity
   * and unit price; once approved (D11) an unplanned line with only an actual amount; submitted, it
   * is refused.
   */
  @Transactional
  public BudgetLine add(long milestoneId, LineFields f, Actor actor) {
    Milestone m = lockEstimate(milestoneId);
    boolean unplanned = BudgetRules.maySettle(m.getStatus());
    if (!unplanned && !BudgetRules.linesMayChange(m.getStatus())) {
      throw frozen(m);
    }
    List<RuleViolation> violations = new ArrayList<>();
    String item = Texts.clean(f.item());
    String unit = Texts.clean(f.unit());
    String note = Texts.clean(f.note());
    BudgetRules.checkDescription(f.category(), item, unit, f.department(), note, violations);
    if (unplanned) {
      violations.addAll(BudgetRules.checkActual(f.actualAmount()));
    } else {
      violations.addAll(BudgetRules.checkEstimate(f.quantity(), f.unitPrice()));
    }
    Department department = department(f.department(), null, actor, violations);
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    Instant now = clock.instant();
    BudgetLine line = new BudgetLine(milestoneId, unplanned, actor.username(), now);
    line.describe(f.category(), item, unit, department, note);
    Changes changes =
        new Changes()
            .compare("category", null, f.category())
            .compare("item", null, item)
            .compare("unit", null, unit);
    if (unplanned) {
      line.settle(f.actualAmount().setScale(0), null);
      changes
          .compare("unplanned", null, true)
          .compare("actualAmount", null, plain(f.actualAmount()));
    } else {
      line.estimate(f.quantity(), f.unitPrice());
      changes
          .compare("quantity", null, plain(line.getQuantity()))
          .compare("unitPrice", null, plain(line.getUnitPrice()))
          .compare("amount", null, plain(line.getAmount()));
    }
    changes.compare("department", null, department.getName()).compare("note", null, note);
    lines.save(line);
    history.record(HISTORY_TYPE, line.getId(), actor.username(), changes, null);
    return line;
  }

  /** Changes a line (D10; an unplanned line of an approved estimate keeps its settlement). */
  @Transactional
  public BudgetLine update(long lineId, LineFields f, Actor actor) {
    BudgetLine line = editableLine(lineId, actor);
    Milestone m = lockEstimate(line.getMilestoneId());
    if (line.isUnplanned()
        ? !BudgetRules.maySettle(m.getStatus())
        : !BudgetRules.linesMayChange(m.getStatus())) {
      throw frozen(m);
    }
    checkVersion(line, f.version());
    List<RuleViolation> violations = new ArrayList<>();
    String item = Texts.clean(f.item());
    String unit = Texts.clean(f.unit());
    String note = Texts.clean(f.note());
    BudgetRules.checkDescription(f.category(), item, unit, f.department(), note, violations);
    if (line.isUnplanned()) {
      violations.addAll(BudgetRules.checkActual(f.actualAmount()));
    } else {
      violations.addAll(BudgetRules.checkEstimate(f.quantity(), f.unitPrice()));
    }
    Department department = department(f.department(), line.getDepartment(), actor, violations);
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    Changes changes =
        new Changes()
            .compare("category", line.getCategory(), f.category())
            .compare("item", line.getItem(), item)
            .compare("unit", line.getUnit(), unit);
    String oldDepartment = line.getDepartment().getName();
    String oldNote = line.getNote();
    if (line.isUnplanned()) {
      changes.compare("actualAmount", plain(line.getActualAmount()), plain(f.actualAmount()));
      line.settle(f.actualAmount().setScale(0), line.getActualNote());
    } else {
      String q = plain(line.getQuantity());
      String p = plain(line.getUnitPrice());
      String a = plain(line.getAmount());
      line.estimate(f.quantity(), f.unitPrice());
      changes
          .compare("quantity", q, plain(line.getQuantity()))
          .compare("unitPrice", p, plain(line.getUnitPrice()))
          .compare("amount", a, plain(line.getAmount()));
    }
    changes
        .compare("department", oldDepartment, department.getName())
        .compare("note", oldNote, note);
    line.describe(f.category(), item, unit, department, note);
    if (!changes.isEmpty()) {
      line.touch(actor.username(), clock.instant());
      history.record(HISTORY_TYPE, lineId, actor.username(), changes, null);
    }
    return line;
  }

  /**
   * Removes a line (D10). An unplanned line of an approved estimate may be removed too: it is part
   * of the settlement, not of the approved estimate.
   */
  @Transactional
  public BudgetLine remove(long lineId, Long version, Actor actor) {
    BudgetLine line = editableLine(lineId, actor);
    Milestone m = lockEstimate(line.getMilestoneId());
    if (line.isUnplanned()
        ? !BudgetRules.maySettle(m.getStatus())
        : !BudgetRules.linesMayChange(m.getStatus())) {
      throw frozen(m);
    }
    checkVersion(line, version);
    line.remove();
    line.touch(actor.username(), clock.instant());
    Changes changes =
        new Changes()
            .event("action", "REMOVED")
            .compare("amount", plain(line.getAmount()), null)
            .compare("actualAmount", plain(line.getActualAmount()), null);
    history.record(HISTORY_TYPE, lineId, actor.username(), changes, null);
    return line;
  }

  /** Records what a line actually cost (D11: only on an approved estimate; whole đồng ≥ 0). */
  @Transactional
  public BudgetLine recordActual(
      long lineId, BigDecimal actualAmount, String note, Long version, Actor actor) {
    BudgetLine line = editableLine(lineId, actor);
    Milestone m = lockEstimate(line.getMilestoneId());
    if (!BudgetRules.maySettle(m.getStatus())) {
      throw new RuleViolationException(
          new RuleViolation(null, "budget.settle.notApproved", status(m)));
    }
    checkVersion(line, version);
    List<RuleViolation> violations = new ArrayList<>(BudgetRules.checkActual(actualAmount));
    String cleanNote = Texts.clean(note);
    if (cleanNote != null && cleanNote.length() > BudgetRules.NOTE_MAX) {
      violations.add(new RuleViolation("note", "budget.tooLong", BudgetRules.NOTE_MAX));
    }
    if (!violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    Changes changes =
        new Changes()
            .compare("actualAmount", plain(line.getActualAmount()), plain(actualAmount))
            .compare("actualNote", line.getActualNote(), cleanNote);
    line.settle(actualAmount.setScale(0), cleanNote);
    if (!changes.isEmpty()) {
      line.touch(actor.username(), clock.instant());
      history.record(HISTORY_TYPE, lineId, actor.username(), changes, null);
    }
    return line;
  }

  // ------------------------------------------------------------------------------ helpers

  private Milestone estimateMilestone(long milestoneId) {
    return checkKind(milestones.find(milestoneId), milestoneId);
  }

  /** The estimate, locked against a concurrent submission for the rest of the transaction. */
  private Milestone lockEstimate(long milestoneId) {
    return checkKind(milestones.lockForLineChange(milestoneId), milestoneId);
  }

  private static Milestone checkKind(Optional<Milestone> found, long milestoneId) {
    Milestone m = found.orElseThrow(() -> new NotFoundException("estimate", milestoneId));
    if (m.getKind() != DeliverableKind.BUDGET_ESTIMATE) {
      throw new NotFoundException("estimate", milestoneId);
    }
    return m;
  }

  private BudgetLine editableLine(long lineId, Actor actor) {
    BudgetLine line = line(lineId);
    if (!canEdit(line, actor)) {
      throw new ForbiddenException("another department's budget line");
    }
    return line;
  }

  private static void checkVersion(BudgetLine line, Long expected) {
    if (expected != null) {
      ConflictException.check("budgetLine", line.getId(), expected, line.getVersion());
    }
  }

  /**
   * The line's department: active, and for STAFF their own. Keeping a line's current department
   * (even one deactivated since) is always fine.
   */
  private Department department(
      Long id, Department current, Actor actor, List<RuleViolation> violations) {
    if (id == null) {
      return null;
    }
    if (current != null && current.getId().equals(id)) {
      return current;
    }
    if (!actor.isLeader() && !actor.belongsTo(id)) {
      violations.add(new RuleViolation("department", "budget.department.notOwn"));
      return null;
    }
    Department d;
    try {
      d = departments.get(id);
    } catch (NotFoundException e) {
      violations.add(new RuleViolation("department", "budget.department.unknown"));
      return null;
    }
    if (!d.isActive()) {
      violations.add(new RuleViolation("department", "budget.department.inactive", d.getName()));
    }
    return d;
  }

  private static RuleViolationException frozen(Milestone m) {
    return new RuleViolationException(new RuleViolation(null, "budget.frozen", status(m)));
  }

  private static DefaultMessageSourceResolvable status(Milestone m) {
    return new DefaultMessageSourceResolvable("milestoneStatus." + m.getStatus());
  }

  /** Money and quantities in the history: plain digits, the way forms post them. */
  static String plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }
}
