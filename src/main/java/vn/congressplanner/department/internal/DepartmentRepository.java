package vn.congressplanner.department.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.congressplanner.department.Department;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

  Optional<Department> findByNameKey(String nameKey);

  Optional<Department> findByCodeIgnoreCase(String code);

  List<Department> findByActiveTrueOrderByNameAsc();

  List<Department> findAllByOrderByNameAsc();

  /** Moves with every insert and update of a department (versions only grow). */
  @org.springframework.data.jpa.repository.Query(
      "select concat(count(d), ':', coalesce(sum(d.version), 0)) from Department d")
  String changeStamp();
}
