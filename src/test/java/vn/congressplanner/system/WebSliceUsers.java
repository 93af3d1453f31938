package vn.congressplanner.system;

import java.util.List;
import org.springframework.security.core.userdetails.UserDetails;
import vn.congressplanner.account.Actor;
import vn.congressplanner.account.Clearance;
import vn.congressplanner.account.PlannerUserDetails;
import vn.congressplanner.account.Role;

/** Signed-in users for controller slices (no database behind them). */
public final class WebSliceUsers {

  public static final long STAFF_DEPARTMENT = 2L;

  private WebSliceUsers() {}

  public static UserDetails staff() {
    return of(
        new Actor(
            10L, "tuyengiao", "Trần Thị Hương", Role.STAFF, STAFF_DEPARTMENT, Clearance.NORMAL));
  }

  public static UserDetails leader() {
    return of(new Actor(11L, "lanhdao", "Nguyễn Văn Thành", Role.LEADER, 1L, Clearance.SECRET));
  }

  public static UserDetails admin() {
    return of(new Actor(12L, "admin", "Quản trị hệ thống", Role.ADMIN, 1L, Clearance.TOP_SECRET));
  }

  private static UserDetails of(Actor actor) {
    return new PlannerUserDetails(actor, "{noop}x", true, false, false);
  }

  static List<String> names() {
    return List.of("tuyengiao", "lanhdao", "admin");
  }
}
