package vn.congressplanner.plan;

public enum Workstream {
  PROPAGANDA,
  SERVICE,
  SECURITY
}
