package vn.congressplanner.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

  @GetMapping("/login")
  String login(HttpServletRequest request, Model model) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
      return "redirect:/dashboard";
    }
    // After a failed attempt the username is typed again for the user (see KeepUsernameOnFailure).
    HttpSession session = request.getSession(false);
    model.addAttribute(
        "lastUsername",
        session == null ? null : session.getAttribute(KeepUsernameOnFailure.LAST_USERNAME));
    return "account/login";
  }
}
