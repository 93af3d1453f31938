package vn.congressplanner.milestone.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congressplanner.account.Actor;
import vn.congressplanner.congress.DeadlineAnchor;
import vn.congressplanner.congress.Workstream;
import vn.congressplanner.department.Department;
import vn.congressplanner.department.DepartmentService;
import vn.congressplanner.milestone.DeliverableKind;
import vn.congressplanner.milestone.Milestone;
import vn.congressplanner.milestone.MilestoneService;
import vn.congressplanner.system.ConflictException;
import vn.congressplanner.system.Conflicts;
import vn.congressplanner.system.Flash;
import vn.congressplanner.system.PlannerProperties;
import vn.congressplanner.system.RuleViolation;
import vn.congressplanner.system.RuleViolationException;

/** Milestone pages: list, detail with the workflow, create and edit (SPEC §4, §7). */
@Controller
@RequestMapping("/milestones")
class MilestoneController {

  private static final String FORM = "milestones/form";
  private static final String DETAIL = "milestones/detail";

  private final MilestoneService milestones;
  private final DepartmentService departments;
  private final PlannerProperties properties;

  MilestoneController(
      MilestoneService milestones, DepartmentService departments, PlannerProperties properties) {
    this.milestones = milestones;
    this.departments = departments;
    this.properties = properties;
  }

  /** Timestamps are shown in the congress time zone. */
  @ModelAttribute("zone")
  String zone() {
    return properties.zone().getId();
  }

  @GetMapping
  String list(Actor actor, Model model) {
    model.addAttribute("rows", milestones.overview(actor));
    model.addAttribute("canManage", milestones.canManage(actor));
    return "milestones/list";
  }

  // --- create and edit ---

  @GetMapping("/new")
  String newForm(Actor actor, Model model) {
    milestones.checkCanManage(actor);
    model.addAttribute("milestoneForm", new MilestoneForm());
    return form(model, null);
  }

  @PostMapping
  String create(
      Actor actor,
      @Valid @ModelAttribute("milestoneForm") MilestoneForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    milestones.checkCanManage(actor);
    form.checkDueDate(result);
    if (result.hasErrors()) {
      return form(model, null);
    }
    try {
      Milestone created = milestones.create(form.fields(), actor);
      Flash.success(redirect, "milestone.flash.created", created.getTitle());
      return "redirect:/milestones/" + created.getId();
    } catch (RuleViolationException e) {
      e.addTo(result);
      return form(model, null);
    }
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable long id, Actor actor, Model model) {
    milestones.checkCanManage(actor);
    Milestone milestone = milestones.get(id);
    model.addAttribute("milestoneForm", MilestoneForm.of(milestone));
    return form(model, milestone);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      Actor actor,
      @Valid @ModelAttribute("milestoneForm") MilestoneForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    milestones.checkCanManage(actor);
    Milestone current = milestones.get(id);
    form.checkDueDate(result);
    if (result.hasErrors()) {
      return form(model, current);
    }
    try {
      Milestone updated = milestones.update(id, form.fields(), actor);
      Flash.success(redirect, "milestone.flash.updated", updated.getTitle());
      return "redirect:/milestones/" + id;
    } catch (RuleViolationException e) {
      e.addTo(result);
      return form(model, current);
    } catch (ConflictException | OptimisticLockingFailureException e) {
      // Someone else saved first: show their version so that the user redoes the change on it.
      Milestone fresh = milestones.get(id);
      model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "milestoneForm");
      model.addAttribute("milestoneForm", MilestoneForm.of(fresh));
      Conflicts.show(model, response);
      return form(model, fresh);
    }
  }

  private String form(Model model, Milestone milestone) {
    List<Department> choices = new ArrayList<>(departments.active());
    if (milestone != null && !milestone.getResponsibleDepartment().isActive()) {
      choices.add(0, milestone.getResponsibleDepartment());
    }
    model.addAttribute("milestone", milestone);
    model.addAttribute("departments", choices);
    model.addAttribute("workstreams", Workstream.values());
    model.addAttribute("kinds", DeliverableKind.values());
    model.addAttribute("dueAnchors", DeadlineAnchor.values());
    return FORM;
  }

  // --- detail and workflow ---

  @GetMapping("/{id}")
  String detail(@PathVariable long id, Actor actor, Model model) {
    return detailPage(id, actor, model);
  }

  @PostMapping("/{id}/submit")
  String submit(
      @PathVariable long id,
      Actor actor,
      @ModelAttribute("submitForm") SubmitForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    try {
      Milestone m = milestones.submit(id, form.getNote(), form.getLateReason(), actor);
      Flash.success(
          redirect,
          m.isLate() ? "milestone.flash.submittedLate" : "milestone.flash.submitted",
          m.getTitle());
      return "redirect:/milestones/" + id;
    } catch (RuleViolationException e) {
      return refused(e, result, id, actor, model, redirect);
    } catch (ConflictException | OptimisticLockingFailureException e) {
      return overtaken(id, redirect);
    }
  }

  @PostMapping("/{id}/approve")
  String approve(
      @PathVariable long id,
      Actor actor,
      @ModelAttribute("approveForm") ReviewForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    try {
      Milestone m = milestones.approve(id, form.getComment(), actor);
      Flash.success(redirect, "milestone.flash.approved", m.getTitle());
      return "redirect:/milestones/" + id;
    } catch (RuleViolationException e) {
      return refused(e, result, id, actor, model, redirect);
    } catch (ConflictException | OptimisticLockingFailureException e) {
      return overtaken(id, redirect);
    }
  }

  @PostMapping("/{id}/return")
  String returnForRework(
      @PathVariable long id,
      Actor actor,
      @ModelAttribute("returnForm") ReviewForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    try {
      Milestone m = milestones.returnForRework(id, form.getComment(), actor);
      Flash.success(redirect, "milestone.flash.returned", m.getTitle());
      return "redirect:/milestones/" + id;
    } catch (RuleViolationException e) {
      return refused(e, result, id, actor, model, redirect);
    } catch (ConflictException | OptimisticLockingFailureException e) {
      return overtaken(id, redirect);
    }
  }

  /**
   * A refused workflow step. A wrong state (someone else acted first) is told on the reloaded page;
   * a missing reason or comment is shown next to its field with what the user typed.
   */
  private String refused(
      RuleViolationException e,
      BindingResult result,
      long id,
      Actor actor,
      Model model,
      RedirectAttributes redirect) {
    RuleViolation global =
        e.violations().stream().filter(v -> v.field() == null).findFirst().orElse(null);
    if (global != null) {
      Flash.error(redirect, global.code(), global.args().toArray());
      return "redirect:/milestones/" + id;
    }
    e.addTo(result);
    return detailPage(id, actor, model);
  }

  /** Someone else acted on the milestone at the same moment: show them what it is now. */
  private static String overtaken(long id, RedirectAttributes redirect) {
    Flash.error(redirect, "milestone.flash.overtaken");
    return "redirect:/milestones/" + id;
  }

  private String detailPage(long id, Actor actor, Model model) {
    MilestoneService.Detail detail = milestones.detail(id, actor);
    Milestone m = detail.milestone();
    model.addAttribute("detail", detail);
    model.addAttribute("m", m);
    model.addAttribute("row", detail.overview());
    model.addAttribute("canManage", milestones.canManage(actor));
    model.addAttribute("canSubmit", milestones.canSubmit(m, actor));
    model.addAttribute("canReview", milestones.canReview(m, actor));
    model.addAttribute("submitLate", milestones.submittingIsLate(m));
    if (!model.containsAttribute("submitForm")) {
      model.addAttribute("submitForm", new SubmitForm());
    }
    if (!model.containsAttribute("approveForm")) {
      model.addAttribute("approveForm", new ReviewForm());
    }
    if (!model.containsAttribute("returnForm")) {
      model.addAttribute("returnForm", new ReviewForm());
    }
    return DETAIL;
  }
}
