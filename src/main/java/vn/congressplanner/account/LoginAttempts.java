package vn.congressplanner.account;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.internal.UserAccountRepository;
import vn.congressplanner.system.Texts;

/**
 * Five consecutive failed logins lock an account for 15 minutes. The login page shows the same
 * message for a wrong password, an unknown user and a locked account, so nothing tells an attacker
 * whether a username exists.
 */
@Component
class LoginAttempts {

  static final int MAX_ATTEMPTS = 5;
  static final Duration LOCK_FOR = Duration.ofMinutes(15);

  private final UserAccountRepository users;
  private final Clock clock;

  LoginAttempts(UserAccountRepository users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  @EventListener
  @Transactional
  public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    String name = Texts.clean(String.valueOf(event.getAuthentication().getPrincipal()));
    if (name == null) {
      return;
    }
    users
        .findByUsernameIgnoreCase(name)
        .ifPresent(user -> user.recordFailedLogin(MAX_ATTEMPTS, clock.instant(), LOCK_FOR));
  }

  @EventListener
  @Transactional
  public void onSuccess(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof PlannerUserDetails details
        && details.getActor().userId() != null) {
      users.findById(details.getActor().userId()).ifPresent(UserAccount::recordSuccessfulLogin);
    }
  }
}
