package vn.congressplanner.budget.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congressplanner.account.Actor;
import vn.congressplanner.budget.BudgetCategory;
import vn.congressplanner.budget.BudgetLine;
import vn.congressplanner.budget.BudgetRevisions;
import vn.congressplanner.budget.BudgetService;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.milestone.MilestoneService;
import vn.congressplanner.system.ConflictException;
import vn.congressplanner.system.Conflicts;
import vn.congressplanner.system.Flash;
import vn.congressplanner.system.NotFoundException;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;

/**
 * The budget page (SPEC §4, §7): lines by category with subtotals, totals, add / edit / remove in
 * place (htmx swaps {@code #budget-region} out of the same full page a browser without JavaScript
 * gets), settlement, and the estimate's workflow through the milestone service.
 */
@Controller
@RequestMapping("/budget")
class BudgetController {

  static final String PAGE = "budget/page";

  private final BudgetService budget;
  private final BudgetRevisions revisions;
  private final MilestoneService milestones;

  BudgetController(BudgetService budget, BudgetRevisions revisions, MilestoneService milestones) {
    this.budget = budget;
    this.revisions = revisions;
    this.milestones = milestones;
  }

  /** An htmx request: the region gets its own flash message, the layout's is not swapped in. */
  @ModelAttribute("htmx")
  boolean htmx(HttpServletRequest request) {
    return request.getHeader("HX-Request") != null;
  }

  /** The estimate asked for, or the first of the current congress; null when there is none. */
  Long estimateId(Long milestone) {
    return milestone != null ? milestone : budget.defaultEstimate().orElse(null);
  }

  @GetMapping
  String page(
      @RequestParam(required = false) Long milestone,
      @RequestParam(required = false) Long edit,
      Actor actor,
      Model model) {
    Long id = estimateId(milestone);
    if (id == null) {
      model.addAttribute("estimates", budget.estimatesOfCurrent());
      return "budget/none";
    }
    LineForm editForm = null;
    if (edit != null) {
      BudgetLine line = budget.line(edit);
      if (line.getMilestoneId().equals(id) && budget.canEdit(line, actor)) {
        editForm = LineForm.of(line);
      } else {
        edit = null;
      }
    }
    return render(id, actor, model, null, edit, editForm, null);
  }

  // ------------------------------------------------------------------------------ lines

  @PostMapping("/lines")
  String add(
      @ModelAttribute("lineForm") LineForm form,
      BindingResult result,
      Actor actor,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Long id = LineForm.id("milestone", form.getMilestone(), result);
    id = estimateId(id);
    if (id == null) {
      throw new NotFoundException("estimate", form.getMilestone());
    }
    boolean unplanned = budget.estimate(id).settling();
    BudgetService.LineFields fields = form.fields(result, unplanned);
    if (result.hasErrors()) {
      return render(id, actor, model, form, null, null, result);
    }
    try {
      BudgetLine line = budget.add(id, fields, actor);
      Flash.success(redirect, "budget.flash.added", line.getItem());
      return "redirect:/budget?milestone=" + id + "#line-" + line.getId();
    } catch (RuleViolationException e) {
      e.addTo(result);
      return render(id, actor, model, form, null, null, result);
    }
  }

  @PostMapping("/lines/{lineId}")
  String update(
      @PathVariable long lineId,
      @ModelAttribute("editForm") LineForm form,
      BindingResult result,
      Actor actor,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    BudgetLine current = budget.line(lineId);
    long id = current.getMilestoneId();
    BudgetService.LineFields fields = form.fields(result, current.isUnplanned());
    if (result.hasErrors()) {
      return render(id, actor, model, null, lineId, form, result);
    }
    try {
      BudgetLine line = budget.update(lineId, fields, actor);
      Flash.success(redirect, "budget.flash.updated", line.getItem());
      return "redirect:/budget?milestone=" + id + "#line-" + lineId;
    } catch (RuleViolationException e) {
      e.addTo(result);
      return render(id, actor, model, null, lineId, form, result);
    } catch (ConflictException | ObjectOptimisticLockingFailureException e) {
      return conflict(id, actor, model, request, response);
    }
  }

  @PostMapping("/lines/{lineId}/delete")
  String delete(
      @PathVariable long lineId,
      @RequestParam(required = false) String version,
      Actor actor,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    BudgetLine current = budget.line(lineId);
    long id = current.getMilestoneId();
    BindingResult ignored = new BeanPropertyBindingResult(new LineForm(), "deleteForm");
    try {
      BudgetLine line = budget.remove(lineId, LineForm.id("version", version, ignored), actor);
      Flash.success(redirect, "budget.flash.removed", line.getItem());
      return "redirect:/budget?milestone=" + id;
    } catch (RuleViolationException e) {
      return refusedOnPage(e, id, actor, model);
    } catch (ConflictException | ObjectOptimisticLockingFailureException e) {
      return conflict(id, actor, model, request, response);
    }
  }

  @PostMapping("/lines/{lineId}/actual")
  String actual(
      @PathVariable long lineId,
      @ModelAttribute("actualForm") ActualForm form,
      BindingResult result,
      Actor actor,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    BudgetLine current = budget.line(lineId);
    long id = current.getMilestoneId();
    var amount = LineForm.decimal("actualAmount", form.getActualAmount(), result);
    Long version = LineForm.id("version", form.getVersion(), result);
    if (!result.hasErrors()) {
      try {
        BudgetLine line = budget.recordActual(lineId, amount, form.getNote(), version, actor);
        Flash.success(redirect, "budget.flash.settled", line.getItem());
        return "redirect:/budget?milestone=" + id + "#line-" + lineId;
      } catch (RuleViolationException e) {
        if (e.violations().stream().anyMatch(v -> v.field() == null)) {
          return refusedOnPage(e, id, actor, model);
        }
        e.addTo(result);
      } catch (ConflictException | ObjectOptimisticLockingFailureException e) {
        return conflict(id, actor, model, request, response);
      }
    }
    model.addAttribute("actualLine", lineId);
    return render(id, actor, model, null, null, null, null);
  }

  // ------------------------------------------------------------------------------ workflow

  @PostMapping("/submit")
  String submit(
      @RequestParam long milestone,
      @ModelAttribute("workflowForm") WorkflowForm form,
      BindingResult result,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return workflowStep(
        milestone,
        result,
        actor,
        model,
        redirect,
        () -> milestones.submit(milestone, form.getNote(), form.getLateReason(), actor),
        m -> m.isLate() ? "milestone.flash.submittedLate" : "milestone.flash.submitted");
  }

  @PostMapping("/approve")
  String approve(
      @RequestParam long milestone,
      @ModelAttribute("workflowForm") WorkflowForm form,
      BindingResult result,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return workflowStep(
        milestone,
        result,
        actor,
        model,
        redirect,
        () -> milestones.approve(milestone, form.getComment(), actor),
        m -> "milestone.flash.approved");
  }

  @PostMapping("/return")
  String returnForRework(
      @RequestParam long milestone,
      @ModelAttribute("workflowForm") WorkflowForm form,
      BindingResult result,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    return workflowStep(
        milestone,
        result,
        actor,
        model,
        redirect,
        () -> milestones.returnForRework(milestone, form.getComment(), actor),
        m -> "milestone.flash.returned");
  }

  /**
   * One workflow step on an estimate's milestone (submit, approve, return): 404 unless it is an
   * estimate, then the step; success is flashed with the milestone's title, a refusal shown by
   * {@link #workflowRefused}, a concurrent change told on the reloaded page.
   */
  private String workflowStep(
      long milestone,
      BindingResult result,
      Actor actor,
      Model model,
      RedirectAttributes redirect,
      Supplier<Milestone> step,
      Function<Milestone, String> successKey) {
    budget.estimate(milestone); // 404 unless it is an estimate
    try {
      Milestone m = step.get();
      Flash.success(redirect, successKey.apply(m), m.getTitle());
      return "redirect:/budget?milestone=" + milestone;
    } catch (RuleViolationException e) {
      return workflowRefused(e, result, milestone, actor, model, redirect);
    } catch (ObjectOptimisticLockingFailureException e) {
      Flash.error(redirect, "milestone.flash.overtaken");
      return "redirect:/budget?milestone=" + milestone;
    }
  }

  /** A wrong state is told on the reloaded page; a missing reason or comment next to its field. */
  private String workflowRefused(
      RuleViolationException e,
      BindingResult result,
      long milestone,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    RuleViolation global =
        e.violations().stream().filter(v -> v.field() == null).findFirst().orElse(null);
    if (global != null) {
      Flash.error(redirect, global.code(), global.args().toArray());
      return "redirect:/budget?milestone=" + milestone;
    }
    e.addTo(result);
    model.addAttribute("workflowErrors", true);
    return render(milestone, actor, model, null, null, null, null);
  }

  // ------------------------------------------------------------------------------ other views

  @GetMapping("/print")
  String print(@RequestParam(required = false) Long milestone, Model model) {
    Long id = estimateId(milestone);
    if (id == null) {
      throw new NotFoundException("estimate", "current");
    }
    model.addAttribute("estimate", budget.estimate(id));
    model.addAttribute("categories", BudgetCategory.values());
    return "budget/print";
  }

  @GetMapping("/revisions")
  String revisionList(@RequestParam(required = false) Long milestone, Model model) {
    Long id = estimateId(milestone);
    if (id == null) {
      throw new NotFoundException("estimate", "current");
    }
    model.addAttribute("estimate", budget.estimate(id));
    model.addAttribute("revisions", revisions.list(id));
    return "budget/revisions";
  }

  @GetMapping("/revisions/{number}")
  String revision(
      @PathVariable int number, @RequestParam(required = false) Long milestone, Model model) {
    Long id = estimateId(milestone);
    if (id == null) {
      throw new NotFoundException("estimate", "current");
    }
    model.addAttribute("estimate", budget.estimate(id));
    model.addAttribute("diff", revisions.diff(id, number));
    model.addAttribute("revisions", revisions.list(id));
    return "budget/revision";
  }

  // ------------------------------------------------------------------------------ rendering

  /** A refusal of the whole change (D10, D11): the page with the message, nothing changed. */
  private String refusedOnPage(RuleViolationException e, long id, Actor actor, Model model) {
    model.addAttribute("refusal", e.violations().get(0));
    return render(id, actor, model, null, null, null, null);
  }

  /**
   * Someone else changed or removed the line first: the page as it is now, with a message. 409 for
   * a browser; htmx swaps only 2xx answers, so it gets 200 and the same message in the region.
   */
  private String conflict(
      long id, Actor actor, Model model, HttpServletRequest request, HttpServletResponse response) {
    if (request.getHeader("HX-Request") == null) {
      Conflicts.show(model, response);
    } else {
      model.addAttribute(Conflicts.MODEL_FLAG, true);
    }
    model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "editForm");
    model.asMap().remove("editForm");
    return render(id, actor, model, null, null, null, null);
  }

  private String render(
      long id,
      Actor actor,
      Model model,
      LineForm addForm,
      Long editId,
      LineForm editForm,
      BindingResult errors) {
    BudgetService.Estimate estimate = budget.estimate(id);
    Milestone m = estimate.milestone();
    model.addAttribute("estimate", estimate);
    model.addAttribute("m", m);
    model.addAttribute("categories", BudgetCategory.values());
    model.addAttribute("departments", budget.departmentChoices(actor));
    Set<Long> editable =
        estimate.allLines().stream()
            .filter(l -> budget.canEdit(l, actor))
            .map(BudgetLine::getId)
            .collect(Collectors.toSet());
    model.addAttribute("editable", editable);
    model.addAttribute("editId", editId);
    if (addForm == null || errors == null || editId != null) {
      model.addAttribute("lineForm", LineForm.blank(id, actor.departmentId()));
    } else {
      model.addAttribute("lineForm", addForm);
      model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "lineForm", errors);
    }
    if (editForm != null) {
      model.addAttribute("editForm", editForm);
      if (errors != null) {
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "editForm", errors);
      }
    }
    if (!model.containsAttribute("actualForm")) {
      model.addAttribute("actualForm", new ActualForm());
    }
    if (!model.containsAttribute("workflowForm")) {
      model.addAttribute("workflowForm", new WorkflowForm());
    }
    model.addAttribute("canSubmit", milestones.canSubmit(m, actor));
    model.addAttribute("canReview", milestones.canReview(m, actor));
    model.addAttribute("submitLate", milestones.submittingIsLate(m));
    model.addAttribute("history", budget.history(id));
    model.addAttribute("itemNames", budget.itemNames(id));
    return PAGE;
  }
}
