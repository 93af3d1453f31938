package vn.congressplanner.task;

/**
 * One open task of "my work": the task, its deadline status today (overdue, due soon, on track),
 * how many days late it is, and whether the viewer's department leads it or cooperates on it.
 */
public record WorkItem(Task task, DeadlineStatus status, long daysOverdue, boolean leads) {}
