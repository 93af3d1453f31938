package vn.congressplanner.task;

public enum TaskStatus {
  NOT_STARTED,
  IN_PROGRESS,
  DONE,
  CANCELLED
}
