package vn.congressplanner.task.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.congressplanner.account.Actor;
import vn.congressplanner.task.DeadlineStatus;
import vn.congressplanner.task.TaskService;
import vn.congressplanner.task.WorkItem;

/**
 * "Việc của tôi": the open tasks of the user's department, most urgent first, each with a small
 * progress form (htmx swaps the one card; without JavaScript the form posts and comes back here).
 */
@Controller
class MyWorkController {

  /** The groups shown, in order of urgency. */
  static final List<DeadlineStatus> GROUPS =
      List.of(DeadlineStatus.OVERDUE, DeadlineStatus.DUE_SOON, DeadlineStatus.ON_TRACK);

  private final TaskService tasks;

  MyWorkController(TaskService tasks) {
    this.tasks = tasks;
  }

  record Group(DeadlineStatus status, List<WorkItem> items) {}

  @GetMapping("/my-work")
  String myWork(Actor actor, Model model) {
    List<WorkItem> items = tasks.myWork(actor);
    model.addAttribute(
        "groups",
        GROUPS.stream()
            .map(s -> new Group(s, items.stream().filter(i -> i.status() == s).toList()))
            .filter(g -> !g.items().isEmpty())
            .toList());
    model.addAttribute("total", items.size());
    model.addAttribute("hasDepartment", actor.departmentId() != null);
    model.addAttribute("progressForm", new ProgressForm());
    return "tasks/mine";
  }
}
