package vn.congressplanner.account;

public enum Role {
  STAFF,
  LEADER,
  ADMIN;

  public String authority() {
    return "ROLE_" + name();
  }
}
