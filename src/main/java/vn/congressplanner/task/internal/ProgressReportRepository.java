package vn.congressplanner.task.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.congressplanner.task.ProgressReport;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

  List<ProgressReport> findByTaskIdOrderByReportedAtDescIdDesc(Long taskId);
}
