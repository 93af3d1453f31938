package vn.congressplanner.notification;

/** What a notification is about; each has its own message. */
public enum NotificationKind {
  TASK_DUE_SOON,
  TASK_OVERDUE,
  TASK_OVERDUE_ESCALATED,
  TASK_CHASED,
  MILESTONE_DUE_SOON,
  MILESTONE_OVERDUE;

  public boolean aboutTask() {
    return this != MILESTONE_DUE_SOON && this != MILESTONE_OVERDUE;
  }

  public String subjectType() {
    return aboutTask() ? "TASK" : "MILESTONE";
  }
}
