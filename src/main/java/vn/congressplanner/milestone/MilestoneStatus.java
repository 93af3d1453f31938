package vn.congressplanner.milestone;

public enum MilestoneStatus {
  OPEN,
  SUBMITTED,
  APPROVED,
  RETURNED
}
