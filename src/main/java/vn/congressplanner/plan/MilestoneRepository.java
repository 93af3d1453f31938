package vn.congressplanner.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MilestoneRepository extends JpaRepository<Milestone, Long> {

  List<Milestone> findByCongressIdOrderByDueDateAsc(Long congressId);
}
