package vn.congressplanner.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congressplanner.account.Actor;
import vn.congressplanner.notification.CalendarFeed;
import vn.congressplanner.notification.NotificationService;
import vn.congressplanner.system.Flash;
import vn.congressplanner.system.RuleViolationException;

/** E-mail preferences and the calendar feed address, on one account page. */
@Controller
class AccountNotificationController {

  private final NotificationService notifications;
  private final CalendarFeed calendar;

  AccountNotificationController(NotificationService notifications, CalendarFeed calendar) {
    this.notifications = notifications;
    this.calendar = calendar;
  }

  /** The preferences form; {@code emailEnabled} is a checkbox (absent = off). */
  static class PreferencesForm {
    private String email;
    private boolean emailEnabled;

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public boolean isEmailEnabled() {
      return emailEnabled;
    }

    public void setEmailEnabled(boolean emailEnabled) {
      this.emailEnabled = emailEnabled;
    }
  }

  @GetMapping("/account/notifications")
  String page(Actor actor, Model model) {
    if (!model.containsAttribute("form")) {
      NotificationService.Preferences p = notifications.preferences(actor);
      PreferencesForm form = new PreferencesForm();
      form.setEmail(p.email());
      form.setEmailEnabled(p.emailEnabled());
      model.addAttribute("form", form);
    }
    return view(actor, model);
  }

  @PostMapping("/account/notifications")
  String save(
      @ModelAttribute("form") PreferencesForm form,
      BindingResult result,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    try {
      notifications.savePreferences(actor, form.getEmail(), form.isEmailEnabled());
    } catch (RuleViolationException e) {
      e.addTo(result);
      return view(actor, model);
    }
    Flash.success(redirect, "notification.preferences.saved");
    return "redirect:/account/notifications";
  }

  @PostMapping("/account/calendar")
  String renew(Actor actor, RedirectAttributes redirect) {
    String token = calendar.renew(actor);
    // Shown once: only the token's hash is stored.
    redirect.addFlashAttribute("calendarUrl", calendar.url(token));
    Flash.success(redirect, "calendar.created");
    return "redirect:/account/notifications";
  }

  @PostMapping("/account/calendar/revoke")
  String revoke(Actor actor, RedirectAttributes redirect) {
    calendar.revoke(actor);
    Flash.success(redirect, "calendar.revoked");
    return "redirect:/account/notifications";
  }

  private String view(Actor actor, Model model) {
    model.addAttribute("calendarSince", calendar.createdAt(actor).orElse(null));
    return "notifications/preferences";
  }
}
