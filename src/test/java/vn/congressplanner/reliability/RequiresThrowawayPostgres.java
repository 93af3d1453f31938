package vn.congressplanner.reliability;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test that needs a {@link ThrowawayPostgres} cluster with a clear message when one cannot
 * be made here (not root, no PostgreSQL server binaries), unless {@code REQUIRE_POSTGRES=true} (set
 * by .ci/run), in which case the test fails — as {@code RequiresPostgres} does for the shared
 * server.
 */
class RequiresThrowawayPostgres implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String reason = ThrowawayPostgres.unavailableReason();
    if (reason == null) {
      return ConditionEvaluationResult.enabled("a throwaway PostgreSQL cluster can be made");
    }
    reason =
        "cannot make a throwaway PostgreSQL cluster: "
            + reason
            + " (run as root with postgresql installed)";
    if ("true".equalsIgnoreCase(System.getenv("REQUIRE_POSTGRES"))) {
      throw new IllegalStateException("REQUIRE_POSTGRES=true but " + reason);
    }
    System.err.println(
        "SKIPPED (no PostgreSQL cluster): " + context.getDisplayName() + ": " + reason);
    return ConditionEvaluationResult.disabled(reason);
  }
}
