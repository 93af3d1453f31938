package vn.congressplanner.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends the browser to another page (the login, the forced password change) whatever kind of
 * request asked: an htmx request gets {@code HX-Redirect} so that htmx reloads the whole page
 * instead of swapping a login form into a table; an API request gets its status only; a normal page
 * request a redirect.
 */
public final class BrowserRedirect {

  private BrowserRedirect() {}

  public static boolean isHtmx(HttpServletRequest request) {
    return request.getHeader("HX-Request") != null;
  }

  public static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  /**
   * @param path the page within the application, e.g. {@code /login}
   * @param htmxStatus the status an htmx request gets with its {@code HX-Redirect}
   * @return {@code false} for an API request, which the caller answers itself
   */
  public static boolean send(
      HttpServletRequest request, HttpServletResponse response, String path, int htmxStatus)
      throws IOException {
    String target = request.getContextPath() + path;
    if (isHtmx(request)) {
      response.setHeader("HX-Redirect", target);
      response.setStatus(htmxStatus);
      return true;
    }
    if (isApi(request)) {
      return false;
    }
    response.sendRedirect(target);
    return true;
  }
}
