package vn.congressplanner.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BudgetRevisionRepository extends JpaRepository<BudgetRevision, Long> {

  List<BudgetRevision> findByMilestoneIdOrderByNumberAsc(Long milestoneId);

  Optional<BudgetRevision> findByMilestoneIdAndNumber(Long milestoneId, int number);

  @Query("select coalesce(max(r.number), 0) from BudgetRevision r where r.milestoneId = :m")
  int lastNumber(@Param("m") long milestoneId);
}
