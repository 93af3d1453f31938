package vn.congressplanner.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test with a clear message when Debian's Chromium or chromedriver is missing,
 * unless {@code REQUIRE_BROWSER=true} (set by .ci/run), in which case the test fails.
 */
public class RequiresBrowser implements ExecutionCondition {

  static final Path CHROMIUM = Path.of(env("PLANNER_CHROMIUM", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(env("PLANNER_CHROMEDRIVER", "/usr/bin/chromedriver"));

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String reason = null;
    if (!Files.isExecutable(CHROMIUM)) {
      reason = "Chromium not found at " + CHROMIUM;
    } else if (!Files.isExecutable(CHROMEDRIVER)) {
      reason = "chromedriver not found at " + CHROMEDRIVER;
    }
    if (reason == null) {
      return ConditionEvaluationResult.enabled("Chromium available");
    }
    reason += " (apt-get install -y chromium chromium-driver)";
    if ("true".equalsIgnoreCase(System.getenv("REQUIRE_BROWSER"))) {
      throw new IllegalStateException("REQUIRE_BROWSER=true but " + reason);
    }
    System.err.println("SKIPPED (no browser): " + context.getDisplayName() + ": " + reason);
    return ConditionEvaluationResult.disabled(reason);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
