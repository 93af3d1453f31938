package vn.congressplanner.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.congressplanner.system.BrowserRedirect;

/** A user signed in with a temporary password may only change it (or log out). */
class ForcePasswordChangeFilter extends OncePerRequestFilter {

  static final String CHANGE_URL = "/account/password";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (auth != null
        && auth.getPrincipal() instanceof PlannerUserDetails user
        && user.isMustChangePassword()
        && !allowed(path)) {
      if (!BrowserRedirect.send(request, response, CHANGE_URL, HttpServletResponse.SC_FORBIDDEN)) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean allowed(String path) {
    return path.equals(CHANGE_URL)
        || path.equals("/logout")
        || path.equals("/error")
        || path.startsWith("/webjars/")
        || path.startsWith("/css/")
        || path.startsWith("/js/");
  }
}
