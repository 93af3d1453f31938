package vn.congressplanner.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congressplanner.account.Actor;
import vn.congressplanner.notification.NotificationService;
import vn.congressplanner.system.Flash;

/** The signed-in user's notifications, mark as read, and the header's counter fragment. */
@Controller
class NotificationController {

  private final NotificationService notifications;

  NotificationController(NotificationService notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/notifications")
  String list(@RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
    var result = notifications.page(actor, page);
    model.addAttribute("notifications", result);
    model.addAttribute("unread", notifications.unread(actor));
    return "notifications/list";
  }

  /** The counter alone, for htmx polling from the header. */
  @GetMapping("/notifications/unread")
  String unread(@RequestParam(defaultValue = "false") boolean compact, Actor actor, Model model) {
    model.addAttribute("unread", notifications.unread(actor));
    model.addAttribute("poll", true);
    return compact ? "notifications/counter :: compact" : "notifications/counter :: counter";
  }

  @PostMapping("/notifications/{id}/read")
  String read(
      @PathVariable long id,
      @RequestParam(required = false) String next,
      Actor actor,
      RedirectAttributes redirect) {
    notifications.markRead(id, actor);
    // Opening a notification's subject marks it read and goes there; only our own paths.
    if (next != null && next.matches("/(tasks|milestones)/\\d+")) {
      return "redirect:" + next;
    }
    return "redirect:/notifications";
  }

  @PostMapping("/notifications/read-all")
  String readAll(Actor actor, RedirectAttributes redirect) {
    int count = notifications.markAllRead(actor);
    Flash.success(redirect, "notification.readAll.done", count);
    return "redirect:/notifications";
  }
}
