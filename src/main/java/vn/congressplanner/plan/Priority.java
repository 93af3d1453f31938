package vn.congressplanner.plan;

public enum Priority {
  NORMAL,
  HIGH,
  URGENT
}
