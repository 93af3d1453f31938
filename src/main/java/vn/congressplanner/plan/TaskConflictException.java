package vn.congressplanner.plan;

/**
 * Someone else saved the task after the user opened it: the user's change is refused, nothing is
 * overwritten, and the current version is shown instead.
 */
public class TaskConflictException extends RuntimeException {

  private final long taskId;

  public TaskConflictException(long taskId) {
    super("task " + taskId + " was changed by someone else");
    this.taskId = taskId;
  }

  public long taskId() {
    return taskId;
  }
}
