package vn.congressplanner.milestone;

public enum DeliverableKind {
  PLAN,
  BUDGET_ESTIMATE,
  REPORT,
  OTHER
}
