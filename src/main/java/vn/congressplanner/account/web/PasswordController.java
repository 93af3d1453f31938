package vn.congressplanner.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congressplanner.account.AccountService;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.PlannerUserDetails;
import vn.congressplanner.system.Flash;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.system.WebConfiguration;

@Controller
@RequestMapping("/account/password")
class PasswordController {

  private final AccountService accounts;
  private final HttpSessionSecurityContextRepository contexts =
      new HttpSessionSecurityContextRepository();

  PasswordController(AccountService accounts) {
    this.accounts = accounts;
  }

  /** Passwords are never trimmed or normalised (unlike other text): every character counts. */
  static class PasswordForm {
    private String currentPassword;
    private String newPassword;
    private String confirmPassword;

    public String getCurrentPassword() {
      return currentPassword;
    }

    public void setCurrentPassword(String v) {
      this.currentPassword = v;
    }

    public String getNewPassword() {
      return newPassword;
    }

    public void setNewPassword(String v) {
      this.newPassword = v;
    }

    public String getConfirmPassword() {
      return confirmPassword;
    }

    public void setConfirmPassword(String v) {
      this.confirmPassword = v;
    }
  }

  @InitBinder("form")
  void keepPasswordsAsTyped(WebDataBinder binder) {
    for (String field : new String[] {"currentPassword", "newPassword", "confirmPassword"}) {
      binder.registerCustomEditor(String.class, field, WebConfiguration.rawText());
    }
  }

  @GetMapping
  String form(@ModelAttribute("form") PasswordForm form) {
    return "account/password";
  }

  @PostMapping
  String change(
      @ModelAttribute("form") PasswordForm form,
      BindingResult result,
      Actor actor,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    String newHash;
    try {
      newHash =
          accounts.changeOwnPassword(
              actor, form.getCurrentPassword(), form.getNewPassword(), form.getConfirmPassword());
    } catch (RuleViolationException e) {
      e.addTo(result);
      form.setCurrentPassword(null);
      return "account/password";
    }
    // The principal in the session no longer carries the "must change" flag.
    Authentication old = SecurityContextHolder.getContext().getAuthentication();
    PlannerUserDetails user =
        ((PlannerUserDetails) old.getPrincipal()).withPasswordChanged(newHash);
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    request.changeSessionId();
    contexts.saveContext(context, request, response);
    Flash.success(redirect, "password.changed");
    return "redirect:/dashboard";
  }
}
