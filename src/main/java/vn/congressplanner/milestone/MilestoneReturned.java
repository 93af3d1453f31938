package vn.congressplanner.milestone;

import java.time.Instant;

/**
 * A reviewer returned a submitted milestone for rework, with a comment. Published after the change
 * is committed.
 */
public record MilestoneReturned(
    long milestoneId,
    long congressId,
    DeliverableKind kind,
    String actor,
    Instant at,
    String comment) {}
