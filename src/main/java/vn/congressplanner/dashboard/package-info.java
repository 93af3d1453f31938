/**
 * The leadership dashboard: read-side aggregates of the plan (counts per deadline status,
 * workstream, phase and department; milestones; upcoming and overdue tasks).
 */
package vn.congressplanner.dashboard;
