package vn.congressplanner.account;

/**
 * Confidentiality levels in order: normal plus the three state-secret levels of Vietnamese law
 * (Mật, Tối mật, Tuyệt mật). Used both as a user's clearance and as a record's classification.
 */
public enum Clearance {
  NORMAL,
  CONFIDENTIAL,
  SECRET,
  TOP_SECRET;

  /** Whether someone with this clearance may see a record classified {@code level}. */
  public boolean covers(Clearance level) {
    return compareTo(level) >= 0;
  }
}
