package vn.congressplanner.plan;

public enum MilestoneStatus {
  OPEN,
  SUBMITTED,
  APPROVED,
  RETURNED
}
