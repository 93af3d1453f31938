package vn.congressplanner.department;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.system.NotFoundException;

@Service
@Transactional(readOnly = true)
public class DepartmentService {

  /** Vietnamese alphabetical order (the database's C collation would put "Đ" after "Z"). */
  public static final Comparator<Department> BY_NAME =
      Comparator.comparing(Department::getName, Collator.getInstance(Locale.forLanguageTag("vi")));

  private final DepartmentRepository departments;

  public DepartmentService(DepartmentRepository departments) {
    this.departments = departments;
  }

  public Department get(long id) {
    return departments.findById(id).orElseThrow(() -> new NotFoundException("department", id));
  }

  /** Active departments, for dropdowns. */
  public List<Department> active() {
    return departments.findByActiveTrueOrderByNameAsc().stream().sorted(BY_NAME).toList();
  }

  public List<Department> all() {
    return departments.findAll().stream().sorted(BY_NAME).toList();
  }
}
