package vn.congressplanner.account;

import java.io.Serializable;

/** Who is acting: what services need to apply access rules. */
public record Actor(
    Long userId,
    String username,
    String fullName,
    Role role,
    Long departmentId,
    Clearance clearance)
    implements Serializable {

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }

  /** LEADER or ADMIN (an admin can do what a leader can). */
  public boolean isLeader() {
    return role == Role.LEADER || role == Role.ADMIN;
  }

  public boolean canSee(Clearance level) {
    return clearance.covers(level);
  }

  public boolean belongsTo(Long department) {
    return departmentId != null && departmentId.equals(department);
  }

  /** For jobs and the demo loader. */
  public static Actor system() {
    return new Actor(null, "system", "Hệ thống", Role.ADMIN, null, Clearance.TOP_SECRET);
  }
}
