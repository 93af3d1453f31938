package vn.congressplanner.account;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congressplanner.account.internal.UserAccountRepository;
import vn.congressplanner.system.Texts;

@Service
class PlannerUserDetailsService implements UserDetailsService {

  private final UserAccountRepository users;
  private final Clock clock;

  PlannerUserDetailsService(UserAccountRepository users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    String name = Texts.clean(username);
    UserAccount user =
        users
            .findByUsernameIgnoreCase(name == null ? "" : name)
            .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    return new PlannerUserDetails(
        user.toActor(),
        user.getPasswordHash(),
        user.isEnabled(),
        user.isLocked(clock.instant()),
        user.isMustChangePassword());
  }
}
