package vn.congressplanner.congress;

public enum Workstream {
  PROPAGANDA,
  SERVICE,
  SECURITY
}
