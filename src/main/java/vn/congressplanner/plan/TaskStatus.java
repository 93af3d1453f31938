package vn.congressplanner.plan;

public enum TaskStatus {
  NOT_STARTED,
  IN_PROGRESS,
  DONE,
  CANCELLED
}
