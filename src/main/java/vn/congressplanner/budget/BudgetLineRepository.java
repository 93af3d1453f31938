package vn.congressplanner.budget;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The estimate's lines and its totals. Totals are grouped by the database (SPEC §2.7), never summed
 * over loaded entities; removed lines are left out everywhere.
 */
interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

  @Query(
      "select l from BudgetLine l join fetch l.department"
          + " where l.milestoneId = :milestoneId and l.removed = false order by l.id")
  List<BudgetLine> lines(@Param("milestoneId") long milestoneId);

  @Query(
      "select l from BudgetLine l join fetch l.department where l.id = :id and l.removed = false")
  Optional<BudgetLine> live(@Param("id") long id);

  /** Every line id the estimate ever had, removed ones included (their history stays visible). */
  @Query("select l.id from BudgetLine l where l.milestoneId = :milestoneId")
  List<Long> everyLineId(@Param("milestoneId") long milestoneId);

  @Query(
      "select coalesce(sum(l.amount), 0) as estimate, sum(l.actualAmount) as actual,"
          + " count(l) as lines from BudgetLine l"
          + " where l.milestoneId = :milestoneId and l.removed = false")
  Total total(@Param("milestoneId") long milestoneId);

  @Query(
      "select l.category as category, coalesce(sum(l.amount), 0) as estimate,"
          + " sum(l.actualAmount) as actual, count(l) as lines from BudgetLine l"
          + " where l.milestoneId = :milestoneId and l.removed = false group by l.category")
  List<CategoryTotal> byCategory(@Param("milestoneId") long milestoneId);

  @Query(
      "select d.id as departmentId, d.name as departmentName,"
          + " coalesce(sum(l.amount), 0) as estimate, sum(l.actualAmount) as actual,"
          + " count(l) as lines from BudgetLine l join l.department d"
          + " where l.milestoneId = :milestoneId and l.removed = false"
          + " group by d.id, d.name order by d.name")
  List<DepartmentTotal> byDepartment(@Param("milestoneId") long milestoneId);

  /** Per estimate and category, for several estimates at once (the summaries). */
  @Query(
      "select l.milestoneId as milestoneId, l.category as category,"
          + " coalesce(sum(l.amount), 0) as estimate, sum(l.actualAmount) as actual,"
          + " count(l) as lines from BudgetLine l"
          + " where l.milestoneId in :milestoneIds and l.removed = false"
          + " group by l.milestoneId, l.category")
  List<MilestoneCategoryTotal> byMilestoneAndCategory(
      @Param("milestoneIds") Collection<Long> milestoneIds);

  interface Total {
    BigDecimal getEstimate();

    BigDecimal getActual();

    long getLines();
  }

  interface CategoryTotal extends Total {
    BudgetCategory getCategory();
  }

  interface DepartmentTotal extends Total {
    Long getDepartmentId();

    String getDepartmentName();
  }

  interface MilestoneCategoryTotal extends CategoryTotal {
    Long getMilestoneId();
  }
}
