package vn.congressplanner.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congressplanner.account.Actor;
import vn.congressplanner.notification.ChaseService;
import vn.congressplanner.system.Flash;
import vn.congressplanner.system.RuleViolationException;
import vn.congressplanner.task.TaskService;

/**
 * {@code POST /tasks/{id}/chase}: the form sits on the task's page; a refused message comes back on
 * a page of its own with the text kept and the reason next to it.
 */
@Controller
class ChaseController {

  private final ChaseService chases;
  private final TaskService tasks;

  ChaseController(ChaseService chases, TaskService tasks) {
    this.chases = chases;
    this.tasks = tasks;
  }

  static class ChaseForm {
    private String message;

    public String getMessage() {
      return message;
    }

    public void setMessage(String message) {
      this.message = message;
    }
  }

  @PostMapping("/tasks/{id}/chase")
  String chase(
      @PathVariable long id,
      @ModelAttribute("chaseForm") ChaseForm form,
      BindingResult result,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    try {
      int notified = chases.chase(id, form.getMessage(), actor);
      Flash.success(redirect, "chase.done", notified);
      return "redirect:/tasks/" + id;
    } catch (RuleViolationException e) {
      e.addTo(result);
      model.addAttribute("task", tasks.get(id, actor));
      return "notifications/chase";
    }
  }
}
