package vn.congressplanner.budget;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetRevisionLineRepository extends JpaRepository<BudgetRevisionLine, Long> {

  List<BudgetRevisionLine> findByRevisionIdOrderByLineIdAsc(Long revisionId);
}
