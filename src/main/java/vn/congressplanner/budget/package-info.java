/**
 * The budget estimate (dự toán kinh phí) of a BUDGET_ESTIMATE milestone: its lines and totals, the
 * snapshot of each submission (revisions and their diffs), settlement, XLSX, print and API.
 */
package vn.congressplanner.budget;
