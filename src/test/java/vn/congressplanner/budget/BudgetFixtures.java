package vn.congressplanner.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.PlannerUserDetails;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentService;
import vn.congressplanner.milestone.DeliverableKind;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.milestone.MilestoneService;

/**
 * Test data for budget tests, made through the services only: an own estimate milestone of the
 * current congress (unique title, Ban Tuyên giáo responsible, due after the pinned today), lines,
 * the workflow steps, the demo users as actors, and a snapshot of the budget tables to prove that a
 * refusal changed nothing.
 */
public class BudgetFixtures {

  static final LocalDate DUE = LocalDate.of(2019, 10, 30);

  public final MilestoneService milestones;
  public final BudgetService budget;
  public final DepartmentService departments;
  public final UserDetailsService users;
  public final JdbcTemplate jdbc;
  public final TransactionTemplate tx;
  public final BudgetRevisions revisions;

  BudgetFixtures(ApplicationContext context) {
    this.milestones = context.getBean(MilestoneService.class);
    this.budget = context.getBean(BudgetService.class);
    this.departments = context.getBean(DepartmentService.class);
    this.users = context.getBean(UserDetailsService.class);
    this.jdbc = context.getBean(JdbcTemplate.class);
    this.tx = context.getBean(TransactionTemplate.class);
    this.revisions = context.getBean(BudgetRevisions.class);
  }

  public static BudgetFixtures from(ApplicationContext context) {
    return new BudgetFixtures(context);
  }

  public Actor actor(String username) {
    return ((PlannerUserDetails) users.loadUserByUsername(username)).getActor();
  }

  public Department department(String code) {
    return departments.active().stream()
        .filter(d -> d.getCode().equals(code))
        .findFirst()
        .orElseThrow();
  }

  public static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A new OPEN estimate with {@code departmentCode} responsible. */
  public Milestone estimate(String title, String departmentCode) {
    return milestones.create(
        new MilestoneService.Fields(
            title,
            Workstream.SERVICE,
            DeliverableKind.BUDGET_ESTIMATE,
            DUE,
            "Thường trực Tỉnh ủy",
            department(departmentCode).getId(),
            null,
            null),
        actor("admin"));
  }

  public Milestone estimate() {
    return estimate(unique("Dự toán thử"), "TGTU");
  }

  public BudgetLine line(
      long milestoneId,
      BudgetCategory category,
      String item,
      String quantity,
      String unitPrice,
      String departmentCode,
      String actor) {
    return budget.add(
        milestoneId,
        fields(category, item, quantity, unitPrice, department(departmentCode).getId()),
        actor(actor));
  }

  public static BudgetService.LineFields fields(
      BudgetCategory category, String item, String quantity, String unitPrice, Long department) {
    return new BudgetService.LineFields(
        category,
        item,
        "suất",
        quantity == null ? null : new BigDecimal(quantity),
        unitPrice == null ? null : new BigDecimal(unitPrice),
        department,
        null,
        null,
        null);
  }

  /** Submits as the admin (the budget's listener stores the revision). */
  public void submit(long milestoneId) {
    milestones.submit(milestoneId, "Trình dự toán", null, actor("admin"));
  }

  public void returnIt(long milestoneId) {
    milestones.returnForRework(milestoneId, "Rà soát lại đơn giá", actor("lanhdao"));
  }

  public void approve(long milestoneId) {
    milestones.approve(milestoneId, null, actor("lanhdao"));
  }

  /**
   * The budget tables of one estimate and the history of its lines, to compare around a refusal.
   */
  public Map<String, Object> snapshot(long milestoneId) {
    Map<String, Object> s = new TreeMap<>();
    s.put(
        "lines",
        jdbc.queryForList(
                "select id, category, item, unit, quantity, unit_price, amount, department_id, note,"
                    + " unplanned, actual_amount, actual_note, removed, updated_at, version"
                    + " from budget_line where milestone_id = ? order by id",
                milestoneId)
            .toString());
    s.put(
        "history",
        jdbc.queryForObject(
            "select count(*) from history_entry where entity_type = 'BUDGET_LINE' and entity_id in"
                + " (select id from budget_line where milestone_id = ?)",
            Long.class,
            milestoneId));
    s.put(
        "revisions",
        jdbc.queryForObject(
            "select count(*) from budget_revision where milestone_id = ?",
            Long.class,
            milestoneId));
    s.put(
        "milestone",
        jdbc.queryForMap("select status, version from milestone where id = ?", milestoneId)
            .toString());
    return s;
  }
}
