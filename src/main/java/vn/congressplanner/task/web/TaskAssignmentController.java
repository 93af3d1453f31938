package vn.congressplanner.task.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congressplanner.account.Actor;
import vn.congressplanner.system.Flash;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.task.LeadAssignment;
import vn.congressplanner.task.TaskService;

/** Bulk assignment of the lead department to tasks selected in the list (ADMIN, /admin/**). */
@Controller
class TaskAssignmentController {

  private final TaskService tasks;
  private final MessageSource messages;

  TaskAssignmentController(TaskService tasks, MessageSource messages) {
    this.tasks = tasks;
    this.messages = messages;
  }

  /**
   * What happened, for the list page after the redirect. Plain strings: flash attributes travel
   * through the shared session store and must serialise.
   */
  record Summary(ArrayList<String> changed, ArrayList<String> refused)
      implements java.io.Serializable {}

  @PostMapping("/admin/tasks/assign")
  String assign(
      @RequestParam(name = "taskIds", required = false) List<Long> taskIds,
      @RequestParam(name = "leadDepartment", required = false) Long leadDepartment,
      @RequestParam(name = "back", required = false) String back,
      Actor actor,
      Locale locale,
      RedirectAttributes redirect) {
    String target = "redirect:" + safeBack(back);
    if (taskIds == null || taskIds.isEmpty()) {
      Flash.error(redirect, "task.assign.noneSelected");
      return target;
    }
    if (leadDepartment == null) {
      Flash.error(redirect, "task.assign.noDepartment");
      return target;
    }
    LeadAssignment result = tasks.assignLead(taskIds, leadDepartment, actor);
    ArrayList<String> changed =
        result.changed().stream()
            .map(LeadAssignment.Changed::title)
            .collect(Collectors.toCollection(ArrayList::new));
    ArrayList<String> refused =
        result.refused().stream()
            .map(r -> refusal(r, locale))
            .collect(Collectors.toCollection(ArrayList::new));
    redirect.addFlashAttribute("assignSummary", new Summary(changed, refused));
    if (refused.isEmpty()) {
      Flash.success(redirect, "task.assign.done", changed.size());
    } else {
      Flash.error(redirect, "task.assign.partly", changed.size(), refused.size());
    }
    return target;
  }

  private String refusal(LeadAssignment.Refused refused, Locale locale) {
    String reasons =
        refused.reasons().stream().map(v -> message(v, locale)).collect(Collectors.joining(" "));
    String title =
        refused.title() != null
            ? refused.title()
            : messages.getMessage(
                "task.assign.unknownTask", new Object[] {refused.taskId()}, locale);
    return title + ": " + reasons;
  }

  private String message(RuleViolation violation, Locale locale) {
    return messages.getMessage(violation.message(), locale);
  }

  /** Back to the list the user came from (with its filter), never to another site. */
  static String safeBack(String back) {
    if (back != null && back.startsWith("/tasks") && !back.contains("//") && !back.contains("\\")) {
      return back;
    }
    return "/tasks";
  }
}
