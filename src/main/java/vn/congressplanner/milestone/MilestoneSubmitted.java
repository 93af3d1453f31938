package vn.congressplanner.milestone;

import java.time.Instant;

/**
 * A milestone was submitted for review (D7: {@code late} when after its due date). Published after
 * the change is committed.
 */
public record MilestoneSubmitted(
    long milestoneId,
    long congressId,
    DeliverableKind kind,
    String actor,
    Instant at,
    boolean late) {}
