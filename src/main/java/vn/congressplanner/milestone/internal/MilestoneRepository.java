package vn.congressplanner.milestone.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.congressplanner.milestone.Milestone;

public interface MilestoneRepository extends JpaRepository<Milestone, Long> {

  List<Milestone> findByCongressIdOrderByDueDateAsc(Long congressId);
}
