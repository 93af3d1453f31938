package vn.congressplanner.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test class with a clear message when PostgreSQL is unreachable, unless {@code
 * REQUIRE_POSTGRES=true} (set by .ci/run), in which case the test fails.
 */
public class RequiresPostgres implements ExecutionCondition {

  private static volatile String reason;
  private static volatile boolean checked;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!checked) {
      reason = TestDatabase.unavailableReason();
      checked = true;
    }
    if (reason == null) {
      return ConditionEvaluationResult.enabled("PostgreSQL available");
    }
    if ("true".equalsIgnoreCase(System.getenv("REQUIRE_POSTGRES"))) {
      throw new IllegalStateException("REQUIRE_POSTGRES=true but " + reason);
    }
    System.err.println("SKIPPED (no PostgreSQL): " + context.getDisplayName() + ": " + reason);
    return ConditionEvaluationResult.disabled(reason);
  }
}
