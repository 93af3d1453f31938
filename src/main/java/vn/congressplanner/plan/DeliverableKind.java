package vn.congressplanner.plan;

public enum DeliverableKind {
  PLAN,
  BUDGET_ESTIMATE,
  REPORT,
  OTHER
}
