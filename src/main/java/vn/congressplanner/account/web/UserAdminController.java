package vn.congressplanner.account.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congressplanner.account.AccountService;
import vn.congressplanner.account.AccountService.UserChange;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.account.Role;
import vn.congressplanner.account.UserAccount;
import vn.congressplanner.department.DepartmentService;
import vn.congressplanner.system.ConflictException;
import vn.congressplanner.system.Conflicts;
import vn.congressplanner.system.Flash;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.system.WebConfiguration;

/** Users: create with a temporary password, change role/department/clearance, disable, reset. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

  private final AccountService accounts;
  private final DepartmentService departments;

  UserAdminController(AccountService accounts, DepartmentService departments) {
    this.accounts = accounts;
    this.departments = departments;
  }

  /** Fields of SPEC §7: username, fullName, role, department, clearance, enabled, password. */
  static class UserForm {
    private String username;

    @NotBlank
    @Size(max = 200)
    private String fullName;

    @NotNull private Role role = Role.STAFF;
    @NotNull private Long department;
    @NotNull private Clearance clearance = Clearance.NORMAL;

    /**
     * A browser form sends the checkbox with Spring's "_enabled" marker, so unticked means false; a
     * client that leaves both out keeps the default, true.
     */
    private boolean enabled = true;

    private String password;
    private Long version;

    static UserForm of(UserAccount user) {
      UserForm form = new UserForm();
      form.username = user.getUsername();
      form.fullName = user.getFullName();
      form.role = user.getRole();
      form.department = user.getDepartment().getId();
      form.clearance = user.getClearance();
      form.enabled = user.isEnabled();
      form.version = user.getVersion();
      return form;
    }

    UserChange toChange() {
      return new UserChange(fullName, role, department, clearance, enabled);
    }

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public String getFullName() {
      return fullName;
    }

    public void setFullName(String fullName) {
      this.fullName = fullName;
    }

    public Role getRole() {
      return role;
    }

    public void setRole(Role role) {
      this.role = role;
    }

    public Long getDepartment() {
      return department;
    }

    public void setDepartment(Long department) {
      this.department = department;
    }

    public Clearance getClearance() {
      return clearance;
    }

    public void setClearance(Clearance clearance) {
      this.clearance = clearance;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }

    public Long getVersion() {
      return version;
    }

    public void setVersion(Long version) {
      this.version = version;
    }
  }

  @InitBinder("form")
  void keepPasswordAsTyped(WebDataBinder binder) {
    binder.registerCustomEditor(String.class, "password", WebConfiguration.rawText());
  }

  @ModelAttribute
  void common(Model model) {
    model.addAttribute("adminSection", true);
    model.addAttribute("roles", Role.values());
    model.addAttribute("clearances", Clearance.values());
    model.addAttribute("departments", departments.active());
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("users", accounts.all());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new UserForm());
    }
    return "admin/users";
  }

  @PostMapping
  String create(
      @Valid @ModelAttribute("form") UserForm form,
      BindingResult result,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    if (!result.hasErrors()) {
      try {
        String temporary =
            accounts.create(form.getUsername(), form.toChange(), form.getPassword(), actor);
        Flash.success(redirect, "user.created", form.getUsername(), temporary);
        return "redirect:/admin/users";
      } catch (RuleViolationException e) {
        e.addTo(result);
      }
    }
    form.setPassword(null);
    model.addAttribute("users", accounts.all());
    return "admin/users";
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    UserAccount user = accounts.get(id);
    model.addAttribute("user", user);
    model.addAttribute("form", UserForm.of(user));
    return "admin/user-edit";
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") UserForm form,
      BindingResult result,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    UserAccount user = accounts.get(id);
    if (!result.hasErrors()) {
      try {
        accounts.update(id, form.toChange(), form.getVersion(), actor);
        Flash.success(redirect, "user.updated", user.getUsername());
        return "redirect:/admin/users";
      } catch (RuleViolationException e) {
        e.addTo(result);
      } catch (ConflictException e) {
        Conflicts.reject(result, model);
      }
    }
    model.addAttribute("user", user);
    return "admin/user-edit";
  }

  @PostMapping("/{id}/reset-password")
  String resetPassword(
      @PathVariable long id,
      @RequestParam(required = false) String password,
      Actor actor,
      RedirectAttributes redirect) {
    UserAccount user = accounts.get(id);
    try {
      String temporary =
          accounts.resetPassword(
              id, password == null || password.isEmpty() ? null : password, actor);
      Flash.success(redirect, "user.passwordReset", user.getUsername(), temporary);
    } catch (RuleViolationException e) {
      Flash.error(redirect, e.violations().get(0).code(), e.violations().get(0).args().toArray());
    }
    return "redirect:/admin/users/" + id;
  }
}
