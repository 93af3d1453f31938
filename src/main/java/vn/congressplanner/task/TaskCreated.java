package vn.congressplanner.task;

/** A task was added to a congress's plan. Listeners see it once the change is committed. */
public record TaskCreated(long taskId, long congressId, String actor) {}
