package vn.congressplanner.task;

public enum Priority {
  NORMAL,
  HIGH,
  URGENT
}
