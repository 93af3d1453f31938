package vn.congressplanner.budget;

/** The categories of an estimate (SPEC §2.7), in the order the page and the export show them. */
public enum BudgetCategory {
  DECORATION,
  ACCOMMODATION,
  TRAVEL,
  PROPAGANDA,
  PRINTING,
  SECURITY,
  STATIONERY,
  OTHER
}
