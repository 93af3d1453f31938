package vn.congressplanner.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import vn.congressplanner.system.Texts;

/**
 * A failed login goes back to the login page with the username still typed (kept in the session,
 * never in the URL), so that only the password has to be typed again.
 */
class KeepUsernameOnFailure extends SimpleUrlAuthenticationFailureHandler {

  static final String LAST_USERNAME = KeepUsernameOnFailure.class.getName() + ".username";

  KeepUsernameOnFailure(String failureUrl) {
    super(failureUrl);
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException, ServletException {
    String username = Texts.clean(request.getParameter("username"));
    if (username != null && username.length() <= 100) {
      request.getSession().setAttribute(LAST_USERNAME, username);
    }
    super.onAuthenticationFailure(request, response, exception);
  }
}
