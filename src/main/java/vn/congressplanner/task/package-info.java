/**
 * The work plan: tasks of the three workstreams and the milestones they prepare, with the deadline
 * rules (D1–D8) and deadline statuses that hold them to the plan.
 */
package vn.congressplanner.task;
