package vn.congressplanner.department;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.department.internal.DepartmentRepository;
import vn.congressplanner.history.Changes;
import vn.congressplanner.history.HistoryService;
import vn.congressplanner.system.ConflictException;
import vn.congressplanner.system.NotFoundException;
import vn.congressplanner.system.RequestMemo;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.system.Texts;

@Service
@Transactional(readOnly = true)
public class DepartmentService {

  /** Vietnamese alphabetical order (the database's C collation would put "Đ" after "Z"). */
  public static final Comparator<Department> BY_NAME =
      Comparator.comparing(Department::getName, Texts.VIETNAMESE_ORDER);

  public static final String HISTORY_TYPE = "DEPARTMENT";

  private final DepartmentRepository departments;
  private final HistoryService history;

  /** The sorted lists, reused until a department is added or changed (on any instance). */
  private final DepartmentOptions options = new DepartmentOptions();

  private final DepartmentOptionsHtml allOptions = new DepartmentOptionsHtml();

  public DepartmentService(DepartmentRepository departments, HistoryService history) {
    this.departments = departments;
    this.history = history;
  }

  /** What the department form sets. */
  public record Fields(String name, String code, DepartmentKind kind, boolean active) {}

  /** Creates a department; a name equal to another after NFC and case folding is refused. */
  @Transactional
  public Department create(Fields fields, String actor) {
    checkUnique(null, fields);
    Department department =
        saveGuarded(new Department(fields.name(), fields.code(), fields.kind()));
    department.setActive(fields.active());
    history.record(
        HISTORY_TYPE,
        department.getId(),
        actor,
        new Changes().event("created", department.getName()),
        null);
    return department;
  }

  /**
   * Renames, recodes, re-kinds or (de)activates; departments are never deleted. Refused when {@code
   * expectedVersion} (from the form; {@code null} = not checked) is stale.
   */
  @Transactional
  public Department update(long id, Fields fields, Long expectedVersion, String actor) {
    Department department = get(id);
    if (expectedVersion != null) {
      ConflictException.check("department", id, expectedVersion, department.getVersion());
    }
    checkUnique(id, fields);
    Changes changes =
        new Changes()
            .compare("name", department.getName(), Texts.clean(fields.name()))
            .compare("code", department.getCode(), Texts.clean(fields.code()))
            .compare("kind", department.getKind(), fields.kind())
            .compare("active", department.isActive(), fields.active());
    department.rename(fields.name());
    department.setCode(fields.code());
    department.setKind(fields.kind());
    department.setActive(fields.active());
    saveGuarded(department);
    history.record(HISTORY_TYPE, id, actor, changes, null);
    return department;
  }

  private void checkUnique(Long id, Fields fields) {
    departments
        .findByNameKey(Texts.uniqueKey(fields.name()))
        .filter(other -> !Objects.equals(other.getId(), id))
        .ifPresent(
            other -> {
              throw new RuleViolationException(
                  new RuleViolation("name", "department.name.taken", other.getName()));
            });
    departments
        .findByCodeIgnoreCase(Texts.clean(fields.code()))
        .filter(other -> !Objects.equals(other.getId(), id))
        .ifPresent(
            other -> {
              throw new RuleViolationException(
                  new RuleViolation("code", "department.code.taken", other.getName()));
            });
  }

  /** The database has the last word (a concurrent insert, or PostgreSQL's normalised index). */
  private Department saveGuarded(Department department) {
    RequestMemo.forget(STAMP_IN_REQUEST);
    try {
      return departments.saveAndFlush(department);
    } catch (DataIntegrityViolationException e) {
      throw new RuleViolationException(
          new RuleViolation("name", "department.name.taken", department.getName()));
    }
  }

  /** The department with this id, if any (for forms that report an unknown id as a field error). */
  public Optional<Department> find(Long id) {
    return id == null ? Optional.empty() : departments.findById(id);
  }

  public Department get(long id) {
    return departments.findById(id).orElseThrow(() -> new NotFoundException("department", id));
  }

  /**
   * Active departments in Vietnamese order, for dropdowns (read-only: the list is shared between
   * requests, sorted once per change instead of once per page — 200 departments, each compared with
   * a collator, on every task list).
   */
  public List<Department> active() {
    return options.get(
        changeStamp(),
        true,
        () -> departments.findByActiveTrueOrderByNameAsc().stream().sorted(BY_NAME).toList());
  }

  /** Every department in Vietnamese order (read-only, shared like {@link #active()}). */
  public List<Department> all() {
    return options.get(
        changeStamp(), false, () -> departments.findAll().stream().sorted(BY_NAME).toList());
  }

  /**
   * The {@code <option>}s of every department (a list filter), escaped once per department change,
   * with {@code selected} marked; pages write it with {@code th:utext}.
   */
  public String allOptionsHtml(Long selected) {
    return allOptions.html(all(), selected);
  }

  /**
   * What moves with every insert and update of a department, on any instance (how many there are
   * and the sum of their versions), for caches of what shows department names. Read once per web
   * request: a task list asked for it three times (its rows, the filter's options, the admin's
   * assignment list); a department saved in the request forgets the request's copy.
   */
  public String changeStamp() {
    return RequestMemo.get(STAMP_IN_REQUEST, departments::changeStamp);
  }

  private static final String STAMP_IN_REQUEST = DepartmentService.class.getName() + ".stamp";
}
