package vn.congressplanner.system;

import java.util.List;
import org.springframework.validation.BindingResult;

/** Thrown by services when one or more rules refuse a change; nothing has been written. */
public class RuleViolationException extends RuntimeException {

  private final List<RuleViolation> violations;

  public RuleViolationException(List<RuleViolation> violations) {
    super(violations.stream().map(RuleViolation::code).toList().toString());
    this.violations = List.copyOf(violations);
  }

  public RuleViolationException(RuleViolation violation) {
    this(List.of(violation));
  }

  public List<RuleViolation> violations() {
    return violations;
  }

  /** Copies the violations into a form's binding result, next to their fields. */
  public void addTo(BindingResult result) {
    for (RuleViolation v : violations) {
      Object[] args = v.args().toArray();
      if (v.field() == null) {
        result.reject(v.code(), args, v.code());
      } else {
        result.rejectValue(v.field(), v.code(), args, v.code());
      }
    }
  }
}
