package vn.congressplanner.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.congressplanner.system.Texts;

/**
 * Feeds every login outcome, form or HTTP Basic, to {@link LoginThrottle}: five failures lock the
 * account for the client address they came from, many failures from one address throttle it. The
 * login page shows the same message for a wrong password, an unknown user and a locked pair, so
 * nothing tells an attacker whether a username exists. (Until issue 11 the lock was on the account
 * itself, so anyone could lock anyone out with five anonymous Basic requests.)
 */
@Component
class LoginAttempts {

  private final LoginThrottle throttle;

  LoginAttempts(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @EventListener
  public void onFailure(AbstractAuthenticationFailureEvent event) {
    throttle.failed(
        Texts.clean(String.valueOf(event.getAuthentication().getPrincipal())),
        address(event.getAuthentication()));
  }

  @EventListener
  public void onSuccess(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof PlannerUserDetails details) {
      throttle.succeeded(details.getUsername(), address(event.getAuthentication()));
    }
  }

  static String address(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails web
            && web.getRemoteAddress() != null
        ? web.getRemoteAddress()
        : "unknown";
  }
}
