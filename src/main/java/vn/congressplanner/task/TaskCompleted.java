package vn.congressplanner.task;

import java.time.LocalDate;

/**
 * A task was marked done (D6), on {@code completedOn}. Listeners see it once the change is
 * committed.
 */
public record TaskCompleted(long taskId, long congressId, LocalDate completedOn, String actor) {}
