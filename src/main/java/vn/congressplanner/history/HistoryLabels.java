package vn.congressplanner.history;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.congressplanner.system.Formats;

/**
 * What a change-log row says to a person: the field's label instead of its code ({@code deadline} →
 * "Thời hạn"), enum values by their labels ({@code SUBMITTED} → "Đã trình"), ISO dates as
 * dd/MM/yyyy. Used by the task's history and the admin change log ({@code @historyLabels}), so both
 * read the same. A code without a label is shown as it is.
 */
@Component("historyLabels")
public class HistoryLabels {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Message prefix of a record's field labels, by record type. */
  private static final Map<String, String> FIELD_PREFIX =
      Map.of(
          "TASK", "task.field.",
          "MILESTONE", "milestone.",
          "USER", "user.",
          "DEPARTMENT", "department.",
          "CONGRESS", "congress.",
          "BUDGET_LINE", "budget.field.");

  private final MessageSource messages;

  public HistoryLabels(MessageSource messages) {
    this.messages = messages;
  }

  public String field(String entityType, String field) {
    if (field == null) {
      return null;
    }
    String prefix = FIELD_PREFIX.get(entityType);
    return prefix == null ? field : message(prefix + field, field);
  }

  public String value(String entityType, String field, String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    String prefix = valuePrefix(entityType, field == null ? "" : field);
    if (prefix != null) {
      return message(prefix + value, value);
    }
    if ("true".equals(value) || "false".equals(value)) {
      return message("history.value." + value, value);
    }
    if (ISO_DATE.matcher(value).matches()) {
      try {
        return Formats.formatDate(LocalDate.parse(value));
      } catch (DateTimeParseException e) {
        return value;
      }
    }
    return value;
  }

  private static String valuePrefix(String entityType, String field) {
    return switch (field) {
      case "status" ->
          switch (entityType) {
            case "TASK" -> "taskStatus.";
            case "MILESTONE" -> "milestoneStatus.";
            default -> null;
          };
      case "kind" ->
          switch (entityType) {
            case "MILESTONE" -> "deliverableKind.";
            case "DEPARTMENT" -> "departmentKind.";
            default -> null;
          };
      case "workstream" -> "workstream.";
      case "phase" -> "phase.";
      case "priority" -> "priority.";
      case "confidentiality", "clearance" -> "clearance.";
      case "role" -> "role.";
      case "level" -> "congressLevel.";
      case "action" -> "task.history.action.";
      default -> null;
    };
  }

  private String message(String code, String fallback) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(code, null, fallback, locale);
  }
}
