package vn.congressplanner.milestone;

import java.time.Instant;

/**
 * A reviewer approved (ban hành) a submitted milestone. Published after the change is committed.
 */
public record MilestoneApproved(
    long milestoneId, long congressId, DeliverableKind kind, String actor, Instant at) {}
