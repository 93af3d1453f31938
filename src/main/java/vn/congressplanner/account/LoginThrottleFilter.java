package vn.congressplanner.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.congressplanner.system.BrowserRedirect;
import vn.congressplanner.system.Texts;

/**
 * Stops a login attempt before the password is checked when {@link LoginThrottle} says so: the
 * form's {@code POST /login} and any API request with HTTP Basic credentials. A throttled address
 * is told so (the login page's message, or 429 with {@code Retry-After} for the API); a locked pair
 * gets the ordinary "wrong username or password" (nothing says the account exists).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private final LoginThrottle throttle;

  LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean form = "POST".equals(request.getMethod()) && "/login".equals(path(request));
    String basicUser = form ? null : basicUsername(request);
    if (!form && basicUser == null) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    String username = form ? Texts.clean(request.getParameter("username")) : basicUser;
    if (throttle.addressBlocked(address)) {
      if (form) {
        response.sendRedirect(request.getContextPath() + "/login?throttled");
      } else {
        response.setHeader("Retry-After", "60");
        response.sendError(429);
      }
      return;
    }
    if (username != null && throttle.pairLocked(username, address)) {
      // Counted like a failure: hammering a locked pair keeps using up the address's budget.
      throttle.failed(username, address);
      if (form) {
        response.sendRedirect(request.getContextPath() + "/login?error");
      } else {
        response.setHeader("WWW-Authenticate", "Basic realm=\"congress-planner\"");
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** The username of HTTP Basic credentials on an API request, or null. */
  static String basicUsername(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null
        || !header.regionMatches(true, 0, "Basic ", 0, 6)
        || !BrowserRedirect.isApi(request)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return Texts.clean(colon < 0 ? decoded : decoded.substring(0, colon));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
