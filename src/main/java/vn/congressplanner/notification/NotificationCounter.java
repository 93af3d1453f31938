package vn.congressplanner.notification;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.congressplanner.account.PlannerUserDetails;

/**
 * The header's unread counter ({@code ${@notificationCounter.unread()}} in the layout) and how
 * often the page refreshes it.
 */
@Component("notificationCounter")
public class NotificationCounter {

  private final NotificationService notifications;
  private final ReminderProperties settings;

  NotificationCounter(NotificationService notifications, ReminderProperties settings) {
    this.notifications = notifications;
    this.settings = settings;
  }

  public long unread() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof PlannerUserDetails user) {
      try {
        return notifications.unread(user.getActor());
      } catch (RuntimeException e) {
        return 0; // the counter never breaks a page
      }
    }
    return 0;
  }

  /** htmx's trigger, e.g. {@code every 60s}. */
  public String trigger() {
    return "every " + Math.max(1, settings.pollInterval().toSeconds()) + "s";
  }
}
