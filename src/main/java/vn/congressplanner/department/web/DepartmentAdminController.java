package vn.congressplanner.department.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentKind;
import vn.congressplanner.department.DepartmentService;
import vn.congressplanner.system.ConflictException;
import vn.congressplanner.system.Conflicts;
import vn.congressplanner.system.Flash;
import vn.congressplanner.system.RuleViolationException;

/**
 * Departments: create, edit, deactivate (never delete: tasks and users refer to them). Takes the
 * signed-in user as a plain {@link Principal}: the account module depends on this one, not the
 * other way round.
 */
@Controller
@RequestMapping("/admin/departments")
class DepartmentAdminController {

  private final DepartmentService departments;

  DepartmentAdminController(DepartmentService departments) {
    this.departments = departments;
  }

  static class DepartmentForm {
    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 30)
    @Pattern(regexp = "[\\p{L}\\p{N}._-]*", message = "{department.code.pattern}")
    private String code;

    @NotNull private DepartmentKind kind = DepartmentKind.OTHER;

    /**
     * A browser form sends the checkbox with Spring's "_active" marker, so unticked means false; a
     * client that leaves both out keeps the default, true.
     */
    private boolean active = true;

    private Long version;

    static DepartmentForm of(Department d) {
      DepartmentForm form = new DepartmentForm();
      form.name = d.getName();
      form.code = d.getCode();
      form.kind = d.getKind();
      form.active = d.isActive();
      form.version = d.getVersion();
      return form;
    }

    DepartmentService.Fields toFields() {
      return new DepartmentService.Fields(name, code, kind, active);
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public DepartmentKind getKind() {
      return kind;
    }

    public void setKind(DepartmentKind kind) {
      this.kind = kind;
    }

    public boolean isActive() {
      return active;
    }

    public void setActive(boolean active) {
      this.active = active;
    }

    public Long getVersion() {
      return version;
    }

    public void setVersion(Long version) {
      this.version = version;
    }
  }

  @ModelAttribute
  void common(Model model) {
    model.addAttribute("adminSection", true);
    model.addAttribute("kinds", DepartmentKind.values());
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("departmentList", departments.all());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new DepartmentForm());
    }
    return "admin/departments";
  }

  @PostMapping
  String create(
      @Valid @ModelAttribute("form") DepartmentForm form,
      BindingResult result,
      Principal principal,
      Model model,
      RedirectAttributes redirect) {
    if (!result.hasErrors()) {
      try {
        Department created = departments.create(form.toFields(), principal.getName());
        Flash.success(redirect, "department.created", created.getName());
        return "redirect:/admin/departments";
      } catch (RuleViolationException e) {
        e.addTo(result);
      }
    }
    model.addAttribute("departmentList", departments.all());
    return "admin/departments";
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    Department department = departments.get(id);
    model.addAttribute("department", department);
    model.addAttribute("form", DepartmentForm.of(department));
    return "admin/department-edit";
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") DepartmentForm form,
      BindingResult result,
      Principal principal,
      Model model,
      RedirectAttributes redirect) {
    Department department = departments.get(id);
    if (!result.hasErrors()) {
      try {
        departments.update(id, form.toFields(), form.getVersion(), principal.getName());
        Flash.success(redirect, "department.updated", form.getName());
        return "redirect:/admin/departments";
      } catch (RuleViolationException e) {
        e.addTo(result);
      } catch (ConflictException e) {
        Conflicts.reject(result, model);
      }
    }
    model.addAttribute("department", department);
    return "admin/department-edit";
  }
}
