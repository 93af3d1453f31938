package vn.congressplanner.account;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds it (kept in the shared session store). */
public class PlannerUserDetails implements UserDetails {

  private static final long serialVersionUID = 1L;

  private final Actor actor;
  private final String passwordHash;
  private final boolean enabled;
  private final boolean locked;
  private final boolean mustChangePassword;

  public PlannerUserDetails(
      Actor actor, String passwordHash, boolean enabled, boolean locked, boolean mustChange) {
    this.actor = actor;
    this.passwordHash = passwordHash;
    this.enabled = enabled;
    this.locked = locked;
    this.mustChangePassword = mustChange;
  }

  public Actor getActor() {
    return actor;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  /** A copy for after the user has chosen their own password. */
  public PlannerUserDetails withPasswordChanged(String newHash) {
    return new PlannerUserDetails(actor, newHash, enabled, locked, false);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(actor.role().authority()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return actor.username();
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }
}
