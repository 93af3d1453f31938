package vn.congressplanner.notification;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.congressplanner.system.Formats;

/** The arguments of a kind's message ({@code notification.KIND}): the title first, then its own. */
final class NotificationTexts {

  private NotificationTexts() {}

  /**
   * Reminders store {@code [days, deadline]}: the message gets {@code {0}} title, {@code {1}} days,
   * {@code {2}} the date as dd/MM/yyyy. Chases store {@code [who, message]}.
   */
  static Object[] arguments(NotificationKind kind, String title, List<String> stored) {
    List<Object> out = new ArrayList<>();
    out.add(title);
    for (int i = 0; i < stored.size(); i++) {
      String value = stored.get(i);
      if (kind != NotificationKind.TASK_CHASED && i == 0) {
        out.add(parseLong(value));
      } else if (kind != NotificationKind.TASK_CHASED && i == 1) {
        out.add(date(value));
      } else {
        out.add(value);
      }
    }
    return out.toArray();
  }

  private static Object parseLong(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      return value;
    }
  }

  private static String date(String value) {
    try {
      return Formats.formatDate(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      return value;
    }
  }
}
