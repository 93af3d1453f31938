package vn.congressplanner.task;

import java.time.LocalDate;

/**
 * A task's deadline moved (with the reason D5 asks for when it was overdue). Listeners see it once
 * the change is committed.
 */
public record TaskDeadlineMoved(
    long taskId, long congressId, LocalDate from, LocalDate to, String reason, String actor) {}
