package vn.congressplanner.system;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A business rule refused a change. {@code field} names the form field the message belongs next to
 * (or {@code null} for the whole form); {@code code} is the message key; {@code args} fill it.
 */
public record RuleViolation(String field, String code, List<Object> args) {

  public RuleViolation(String field, String code, Object... args) {
    this(field, code, List.of(args));
  }

  /** The message to resolve for this refusal (its code, its arguments; the code as default). */
  public MessageSourceResolvable message() {
    return new DefaultMessageSourceResolvable(new String[] {code}, args.toArray(), code);
  }
}
