package vn.congressplanner.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

  List<ProgressReport> findByTaskIdOrderByReportedAtDescIdDesc(Long taskId);
}
