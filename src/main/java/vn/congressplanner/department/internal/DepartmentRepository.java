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
}
